with articles as (
    select * from {{ ref('stg_articles') }}
)

select
    article_id,
    title,
    url,
    source,
    source_file,
    line_number,
    published_at,
    retrieved_at,
    reference_date,
    content_hash,
    extractor_version,
    clean_text,
    sentence_count,
    extraction_error,
    first_seen_at,
    extracted_at
from articles
