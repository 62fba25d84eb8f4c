-- Visits abroad by country: how many, by how many leaders, first and last.
with visits_abroad as (
    select
        country,
        person_id,
        visit_date
    from {{ ref('fct_visits') }}
    where province_code is null
        and country <> 'Việt Nam'
),

visits_per_country as (
    select
        country,
        count(*) as visits,
        count(distinct person_id) as visitors,
        min(visit_date) as first_visit,
        max(visit_date) as last_visit
    from visits_abroad
    group by country
)

select * from visits_per_country
order by visits desc, country
