select
    article_id,
    mention_index,
    sentence_index,
    mention_type,
    mention_text,
    norm_key,
    char_start,
    char_end,
    person_title,
    place_level,
    place_code,
    place_name,
    province_code,
    province_name,
    country
from {{ source('staging', 'mentions') }}
