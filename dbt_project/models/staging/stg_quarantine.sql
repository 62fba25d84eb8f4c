with ingest_rejections as (
    select
        quarantine_id,
        stage,
        source_file,
        line_number,
        article_id,
        reason,
        detail,
        raw_excerpt,
        first_seen_at,
        last_seen_at
    from {{ source('staging', 'quarantine') }}
),

extraction_failures as (
    select
        md5('extract|' || articles.article_id || '|' || articles.content_hash) as quarantine_id,
        'extract' as stage,
        raw_articles.source_file,
        raw_articles.line_number,
        articles.article_id,
        'extraction_error' as reason,
        articles.extraction_error as detail,
        left(raw_articles.raw_text, 500) as raw_excerpt,
        articles.extracted_at as first_seen_at,
        articles.extracted_at as last_seen_at
    from {{ source('staging', 'articles') }} as articles
    inner join {{ source('staging', 'raw_articles') }} as raw_articles
        on articles.article_id = raw_articles.article_id
    where articles.extraction_error is not null
)

select * from ingest_rejections
union all
select * from extraction_failures
