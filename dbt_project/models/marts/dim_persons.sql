with person_mentions as (
    select
        mentions.norm_key as person_key,
        mentions.person_title as title,
        mentions.article_id
    from {{ ref('stg_mentions') }} as mentions
    inner join {{ ref('dim_articles') }} as articles on mentions.article_id = articles.article_id
    where mentions.mention_type = 'person'
),

visitors as (
    select
        visits.person_key,
        visits.visitor_title as title,
        visits.article_id
    from {{ ref('stg_visits') }} as visits
    inner join {{ ref('dim_articles') }} as articles on visits.article_id = articles.article_id
),

appearances as (
    select * from person_mentions
    union all
    select * from visitors
),

aggregated as (
    select
        person_key,
        mode(title) filter (where title is not null) as usual_title,
        count(distinct article_id) as article_count
    from appearances
    group by person_key
)

select
    md5(person_key) as person_id,
    person_key as person_name,
    usual_title,
    article_count
from aggregated
