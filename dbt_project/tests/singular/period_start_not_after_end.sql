select indicator_id, period_start_year, period_end_year
from {{ ref('fct_indicators') }}
where period_start_year > period_end_year
