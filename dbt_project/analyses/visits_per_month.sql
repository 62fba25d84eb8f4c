-- How many dated visits there were each month, at home and abroad.
with dated_visits as (
    select
        date_trunc('month', visit_date)::date as visit_month,
        province_code is not null as is_domestic,
        person_id
    from {{ ref('fct_visits') }}
    where visit_date is not null
),

visits_per_month as (
    select
        visit_month,
        count(*) as visits,
        count(*) filter (where is_domestic) as domestic_visits,
        count(*) filter (where not is_domestic) as visits_abroad,
        count(distinct person_id) as visitors
    from dated_visits
    group by visit_month
)

select * from visits_per_month
order by visit_month
