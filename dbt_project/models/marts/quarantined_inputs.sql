select * from {{ ref('stg_quarantine') }}
