-- Provider cost lines (OpenAI Costs API results, Anthropic cost report results) in USD;
-- overlapping pages are loaded once (insert-if-absent on cost_key).
create table if not exists provider_costs (
    cost_key      varchar primary key,   -- provider|start|grouping values
    provider      varchar not null,
    day           date not null,         -- UTC date of the bucket start
    project_id    varchar,               -- OpenAI project / Anthropic workspace
    api_key_id    varchar,
    model         varchar,               -- as billed (null: the line names no model)
    price_model   varchar,
    cost_type     varchar not null,      -- tokens | web_search | code_execution | other line items
    token_type    varchar,               -- input | cached_input | cache_write | output (null: not tokens)
    line_item     varchar,               -- OpenAI line_item / Anthropic description, as exported
    service_tier  varchar,
    amount_usd    decimal(24, 12) not null,
    source_file   varchar not null,
    source_record bigint not null,
    run_id        bigint not null
);
