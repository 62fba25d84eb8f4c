select
    article_id,
    sentence_index,
    char_start,
    char_end,
    sentence_text
from {{ source('staging', 'sentences') }}
