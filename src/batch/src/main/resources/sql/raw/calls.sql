-- One row per LLM call, loaded once (insert-if-absent on call_key, without a key index: the merge
-- anti-joins a run's keys against the table; see docs/data-model.md).
create table if not exists calls (
    call_key                  varchar not null,     -- provider:request_id, else line:<hash of file and line>; unique (the merge inserts if absent)
    request_id                varchar,
    ts                        timestamp not null,   -- UTC
    day                       date not null,        -- calendar day in llmspend.time-zone at load time
    provider                  varchar not null,
    model                     varchar not null,     -- as requested
    price_model               varchar,              -- price-book model it resolved to (null: none)
    deployment                varchar,
    team                      varchar,              -- as logged (null: not logged)
    function                  varchar,
    user_id                   varchar,
    api_key_id                varchar,
    project                   varchar,
    tags                      varchar,              -- JSON object as text
    status                    integer not null,
    latency_ms                bigint,
    batch                     boolean not null,
    service_tier              varchar,
    input_tokens              bigint not null,      -- all input: uncached + cached + cache writes
    uncached_input_tokens     bigint not null,
    cached_input_tokens       bigint not null,
    cache_write_5m_tokens     bigint not null,
    cache_write_1h_tokens     bigint not null,
    output_tokens             bigint not null,      -- includes reasoning
    reasoning_tokens          bigint not null,
    usage_shape               varchar,              -- provider shape the usage came in (null: recount)
    token_count_method        varchar,              -- exact | estimated (null: no request body)
    encoding                  varchar,
    recount_input_tokens      bigint,
    system_prompt_tokens      bigint,
    tool_tokens               bigint,
    history_tokens            bigint,
    user_message_tokens       bigint,
    system_prompt_hash        varchar,
    max_output_tokens         bigint,
    uncached_input_cost_usd   decimal(24, 12),
    cached_input_cost_usd     decimal(24, 12),
    cache_write_cost_usd      decimal(24, 12),
    output_cost_usd           decimal(24, 12),
    cost_usd                  decimal(24, 12),      -- null when unpriced, never 0 for unknown
    system_prompt_cost_usd    decimal(24, 12),
    tool_cost_usd             decimal(24, 12),
    history_cost_usd          decimal(24, 12),
    user_message_cost_usd     decimal(24, 12),
    cost_source               varchar not null,     -- provider_usage | recount | not_billed
    priced                    boolean not null,
    unpriced_reason           varchar,
    long_context              boolean not null,
    source_file               varchar not null,
    source_line               bigint not null,
    run_id                    bigint not null,
    request_hash              varchar,              -- normalized request (model, body), SHA-256
    prefix_hash               varchar,              -- system prompt + tool definitions, SHA-256
    prefix_tokens             bigint,               -- their tokens: system_prompt + tool tokens
    tool_count                integer,              -- tool definitions in the request
    prefix_block_hashes       varchar,              -- logged 512-token block hashes, comma-joined
    usage_notes               varchar,              -- data-quality notes on the usage, '; '-joined
    avoided_cost_usd          decimal(24, 12),      -- response-cache hit: what it would have cost
    server_tool_requests      varchar,              -- server-side tool requests: web_search=2,...
    tool_fee_usd              decimal(24, 12)       -- their per-request fees (inside cost_usd)
);
