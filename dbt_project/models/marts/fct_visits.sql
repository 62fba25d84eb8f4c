with visits as (
    select * from {{ ref('stg_visits') }}
),

current_articles as (
    select article_id from {{ ref('dim_articles') }}
),

sentences as (
    select * from {{ ref('stg_sentences') }}
),

ranked_visits as (
    select
        visits.*,
        row_number() over (
            partition by visits.article_id, visits.person_key, visits.destination_key
            order by visits.confidence desc, (visits.visit_date is null), visits.visit_index
        ) as mention_rank
    from visits
    inner join current_articles on visits.article_id = current_articles.article_id
),

sites_per_visit as (
    select
        article_id,
        person_key,
        destination_key,
        list_sort(list_distinct(flatten(list(sites)))) as sites
    from ranked_visits
    group by article_id, person_key, destination_key
),

principal_visits as (
    select * from ranked_visits where mention_rank = 1
),

final as (
    select
        md5(concat_ws('|', principal_visits.article_id, principal_visits.person_key,
            principal_visits.destination_key)) as visit_id,
        principal_visits.article_id,
        md5(principal_visits.person_key) as person_id,
        principal_visits.visitor_name,
        principal_visits.visitor_title,
        principal_visits.province_name,
        principal_visits.province_code,
        case
            when principal_visits.province_code is not null
                then 'legacy:province:' || principal_visits.province_code
            else 'country:' || principal_visits.country_code
        end as location_id,
        principal_visits.country,
        principal_visits.visit_date,
        principal_visits.date_precision,
        sites_per_visit.sites,
        principal_visits.confidence,
        principal_visits.sentence_index,
        sentences.sentence_text as evidence_text,
        principal_visits.char_start,
        principal_visits.char_end
    from principal_visits
    inner join sites_per_visit
        on principal_visits.article_id = sites_per_visit.article_id
        and principal_visits.person_key = sites_per_visit.person_key
        and principal_visits.destination_key = sites_per_visit.destination_key
    left join sentences
        on principal_visits.article_id = sentences.article_id
        and principal_visits.sentence_index = sentences.sentence_index
)

select * from final
