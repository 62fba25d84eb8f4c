{{ config(meta={"dagster": {"ref": {"name": "dim_articles"}}}) }}

-- Every fact's offsets cut its evidence out of the cleaned text: the span lies inside the article
-- and inside the evidence sentence.
with facts as (
    select article_id, char_start, char_end, evidence_text, 'visit' as fact from {{ ref('fct_visits') }}
    union all
    select article_id, char_start, char_end, evidence_text, 'indicator' from {{ ref('fct_indicators') }}
)

select facts.*
from facts
inner join {{ ref('dim_articles') }} as articles on facts.article_id = articles.article_id
where facts.char_start < 0
   or facts.char_end <= facts.char_start
   or facts.char_end > length(articles.clean_text)
   or strpos(facts.evidence_text, substring(articles.clean_text, facts.char_start + 1,
        facts.char_end - facts.char_start)) = 0
