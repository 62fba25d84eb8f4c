-- Provinces ranked by the GRDP growth reported for a period ending in 2022 (median when several articles report it).
with grdp_growth_2022 as (
    select
        geo_name as province_name,
        period_start_year,
        period_end_year,
        value as growth_percent,
        article_id
    from {{ ref('fct_indicators') }}
    where indicator_code = 'GRDP_GROWTH'
        and period_end_year = 2022
        and geo_name is not null
),

growth_per_province as (
    select
        province_name,
        median(growth_percent) as growth_percent,
        min(period_start_year) as period_start_year,
        count(*) as reports,
        count(distinct article_id) as articles
    from grdp_growth_2022
    group by province_name
),

ranked_provinces as (
    select
        rank() over (order by growth_percent desc) as growth_rank,
        province_name,
        growth_percent,
        period_start_year,
        reports,
        articles
    from growth_per_province
)

select * from ranked_provinces
order by growth_rank, province_name
