-- Which leaders visited which provinces most, with the years of their visits.
with domestic_visits as (
    select
        person_id,
        visitor_name,
        visitor_title,
        province_name,
        visit_date
    from {{ ref('fct_visits') }}
    where province_name is not null
),

visits_per_leader_and_province as (
    select
        visitor_name,
        mode(visitor_title) as usual_title,
        province_name,
        count(*) as visits,
        list_sort(list_distinct(list(year(visit_date)) filter (where visit_date is not null))) as visit_years
    from domestic_visits
    group by person_id, visitor_name, province_name
)

select * from visits_per_leader_and_province
order by visits desc, visitor_name, province_name
