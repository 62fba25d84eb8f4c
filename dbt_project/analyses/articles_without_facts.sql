-- Articles with no visit and no indicator: where the extractor found nothing (or failed).
with articles as (
    select
        article_id,
        title,
        source_file,
        sentence_count,
        extraction_error
    from {{ ref('dim_articles') }}
),

articles_with_visits as (
    select distinct article_id from {{ ref('fct_visits') }}
),

articles_with_indicators as (
    select distinct article_id from {{ ref('fct_indicators') }}
),

articles_without_facts as (
    select articles.*
    from articles
    where articles.article_id not in (select article_id from articles_with_visits)
        and articles.article_id not in (select article_id from articles_with_indicators)
)

select * from articles_without_facts
order by extraction_error nulls last, article_id
