-- Which catalogue indicators the articles report most, in how many articles and for how many places.
with coded_indicators as (
    select
        indicator_code,
        article_id,
        geo_name
    from {{ ref('fct_indicators') }}
    where indicator_code is not null
),

reports_per_code as (
    select
        indicator_code,
        count(*) as reports,
        count(distinct article_id) as articles,
        count(distinct geo_name) as places
    from coded_indicators
    group by indicator_code
),

catalogue as (
    select
        indicator_code,
        name_vi,
        name_en
    from {{ ref('dim_indicators') }}
),

named_codes as (
    select
        reports_per_code.indicator_code,
        catalogue.name_vi,
        catalogue.name_en,
        reports_per_code.reports,
        reports_per_code.articles,
        reports_per_code.places
    from reports_per_code
    left join catalogue on reports_per_code.indicator_code = catalogue.indicator_code
)

select * from named_codes
order by reports desc, indicator_code
