select
    indicator_code,
    name_vi,
    name_en,
    canonical_unit,
    description
from {{ ref('indicator_catalogue') }}
