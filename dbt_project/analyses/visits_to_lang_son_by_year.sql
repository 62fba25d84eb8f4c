-- Every visit to Lạng Sơn, by year: who came, on what day, and the sentence that says so.
with lang_son_visits as (
    select
        year(visit_date) as visit_year,
        visit_date,
        visitor_title,
        visitor_name,
        sites,
        article_id,
        evidence_text
    from {{ ref('fct_visits') }}
    where province_name = 'Lạng Sơn'
)

select * from lang_son_visits
order by visit_year nulls last, visit_date, visitor_name
