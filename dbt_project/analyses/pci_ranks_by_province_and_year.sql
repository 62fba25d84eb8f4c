-- PCI ranks by province and year (best rank when articles disagree, with how many reported it).
with pci_ranks as (
    select
        geo_name as province_name,
        coalesce(period_end_year, period_start_year) as pci_year,
        value as pci_rank,
        rank_total,
        article_id
    from {{ ref('fct_indicators') }}
    where indicator_code = 'PCI_RANK'
        and geo_name is not null
),

rank_per_province_and_year as (
    select
        province_name,
        pci_year,
        min(pci_rank)::integer as pci_rank,
        max(rank_total) as rank_total,
        count(distinct article_id) as articles
    from pci_ranks
    group by province_name, pci_year
)

select * from rank_per_province_and_year
order by province_name, pci_year nulls last
