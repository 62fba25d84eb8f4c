{#- Use a model's custom schema as written ("stg", "main"), not prefixed with the target schema,
    so the marts land in "main" where analysts and score.py look for them. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {{ custom_schema_name | trim if custom_schema_name else target.schema }}
{%- endmacro %}
