{{ config(meta={"dagster": {"ref": {"name": "fct_visits"}}}) }}

-- A visit cannot be reported before it happens: its date is on or before the article's
-- publication (or, without one, its retrieval) date.
select
    visits.visit_id,
    visits.visit_date,
    articles.reference_date
from {{ ref('fct_visits') }} as visits
inner join {{ ref('dim_articles') }} as articles on visits.article_id = articles.article_id
where visits.visit_date > articles.reference_date
