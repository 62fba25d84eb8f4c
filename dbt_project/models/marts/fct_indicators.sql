with figures as (
    select * from {{ ref('stg_figures') }}
),

current_articles as (
    select article_id from {{ ref('dim_articles') }}
),

sentences as (
    select * from {{ ref('stg_sentences') }}
),

indicator_figures as (
    select figures.*
    from figures
    inner join current_articles on figures.article_id = current_articles.article_id
    where figures.is_indicator
),

final as (
    select
        md5(concat_ws('|', indicator_figures.article_id, indicator_figures.char_start,
            indicator_figures.char_end)) as indicator_id,
        indicator_figures.article_id,
        indicator_figures.indicator_code,
        indicator_figures.subject,
        indicator_figures.geo_name,
        indicator_figures.geo_code,
        indicator_figures.period_start_year,
        indicator_figures.period_end_year,
        indicator_figures.value,
        indicator_figures.unit,
        indicator_figures.rank_total,
        indicator_figures.qualifier,
        indicator_figures.is_range,
        indicator_figures.optional_reason,
        indicator_figures.confidence,
        indicator_figures.figure_text,
        indicator_figures.sentence_index,
        sentences.sentence_text as evidence_text,
        indicator_figures.char_start,
        indicator_figures.char_end
    from indicator_figures
    left join sentences
        on indicator_figures.article_id = sentences.article_id
        and indicator_figures.sentence_index = sentences.sentence_index
)

select * from final
