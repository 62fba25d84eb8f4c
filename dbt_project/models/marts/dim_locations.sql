select
    location_id,
    system,
    level,
    code,
    name,
    full_name,
    unit_type,
    parent_code,
    province_code,
    province_name,
    latitude,
    longitude
from {{ ref('stg_admin_units') }}
