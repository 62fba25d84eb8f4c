-- Why inputs were set aside: quarantined inputs by stage and reason, with the files they came from.
with quarantined as (
    select
        stage,
        reason,
        source_file,
        last_seen_at
    from {{ ref('quarantined_inputs') }}
),

inputs_per_reason as (
    select
        stage,
        reason,
        count(*) as inputs,
        count(distinct source_file) as files,
        list_sort(list_distinct(list(source_file)))[1:5] as example_files,
        max(last_seen_at) as last_seen_at
    from quarantined
    group by stage, reason
)

select * from inputs_per_reason
order by inputs desc, stage, reason
