select
    article_id,
    visit_index,
    sentence_index,
    char_start,
    char_end,
    visitor_name,
    visitor_title,
    person_key,
    province_name,
    province_code,
    country,
    country_code,
    visit_date,
    date_precision,
    sites,
    confidence,
    coalesce(province_code, country_code) as destination_key
from {{ source('staging', 'visits') }}
