-- Provider usage buckets (OpenAI Usage API completions results, Anthropic usage report results),
-- one row per bucket and grouping; overlapping pages are loaded once (insert-if-absent on
-- bucket_key). Tokens are BIGINT; expected_cost_usd is the bucket priced with our price book.
create table if not exists provider_usage (
    bucket_key             varchar primary key,  -- provider|start|end|grouping values
    provider               varchar not null,     -- openai | anthropic
    day                    date not null,        -- UTC date of the bucket start
    start_time             timestamp not null,   -- UTC
    end_time               timestamp,
    project_id             varchar,              -- OpenAI project / Anthropic workspace (null: not grouped)
    user_id                varchar,
    api_key_id             varchar,
    model                  varchar,              -- as reported (null: not grouped by model)
    price_model            varchar,              -- price-book model it resolves to (null: none)
    batch                  boolean,
    service_tier           varchar,
    context_window         varchar,
    requests               bigint,               -- num_model_requests (null: Anthropic reports none)
    input_tokens           bigint not null,      -- uncached + cached + cache writes
    uncached_input_tokens  bigint not null,
    cached_input_tokens    bigint not null,
    cache_write_5m_tokens  bigint not null,
    cache_write_1h_tokens  bigint not null,
    output_tokens          bigint not null,
    web_search_requests    bigint not null,
    expected_cost_usd      decimal(24, 12),      -- our price book on these tokens (null: unpriced)
    source_file            varchar not null,
    source_record          bigint not null,      -- 1-based result number in the file
    run_id                 bigint not null
);
