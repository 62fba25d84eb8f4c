with raw_articles as (
    select * from {{ source('staging', 'raw_articles') }}
),

extracted_articles as (
    select * from {{ source('staging', 'articles') }}
),

joined as (
    select
        raw_articles.article_id,
        raw_articles.title,
        raw_articles.url,
        raw_articles.source,
        raw_articles.source_file,
        raw_articles.line_number,
        raw_articles.published_at,
        raw_articles.retrieved_at,
        coalesce(raw_articles.published_at, raw_articles.retrieved_at) as reference_date,
        raw_articles.content_hash,
        raw_articles.first_seen_at,
        raw_articles.last_changed_at,
        extracted_articles.extractor_version,
        extracted_articles.clean_text,
        extracted_articles.sentence_count,
        extracted_articles.extraction_error,
        extracted_articles.extracted_at
    from raw_articles
    inner join extracted_articles
        on raw_articles.article_id = extracted_articles.article_id
        and raw_articles.content_hash = extracted_articles.content_hash
)

select * from joined
