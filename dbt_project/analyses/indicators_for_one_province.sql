-- Every indicator reported for one province (Lạng Sơn), with its measure, period and evidence sentence.
with province_indicators as (
    select
        indicator_code,
        subject,
        value,
        unit,
        rank_total,
        qualifier,
        period_start_year,
        period_end_year,
        figure_text,
        article_id,
        evidence_text
    from {{ ref('fct_indicators') }}
    where geo_name = 'Lạng Sơn'
),

catalogue as (
    select
        indicator_code,
        name_vi
    from {{ ref('dim_indicators') }}
),

named_indicators as (
    select
        province_indicators.indicator_code,
        coalesce(catalogue.name_vi, province_indicators.subject) as measure,
        province_indicators.figure_text,
        province_indicators.value,
        province_indicators.unit,
        province_indicators.rank_total,
        province_indicators.qualifier,
        province_indicators.period_start_year,
        province_indicators.period_end_year,
        province_indicators.article_id,
        province_indicators.evidence_text
    from province_indicators
    left join catalogue on province_indicators.indicator_code = catalogue.indicator_code
)

select * from named_indicators
order by indicator_code nulls last, period_end_year nulls last, article_id
