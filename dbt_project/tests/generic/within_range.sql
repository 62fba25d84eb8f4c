{#- Fails on rows outside [min_value, max_value], optionally only where a condition holds. -#}
{% test within_range(model, column_name, min_value, max_value, where_clause='true') %}
select *
from {{ model }}
where {{ column_name }} is not null
  and ({{ where_clause }})
  and ({{ column_name }} < {{ min_value }} or {{ column_name }} > {{ max_value }})
{% endtest %}
