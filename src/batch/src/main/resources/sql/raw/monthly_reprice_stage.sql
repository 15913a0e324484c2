-- New prices of one month's calls while `monthly --reprice` runs (emptied before each use).
create table if not exists monthly_reprice_stage (
    call_key                 varchar primary key,
    price_model              varchar,
    priced                   boolean not null,
    unpriced_reason          varchar,
    uncached_input_cost_usd  decimal(24, 12),
    cached_input_cost_usd    decimal(24, 12),
    cache_write_cost_usd     decimal(24, 12),
    output_cost_usd          decimal(24, 12),
    cost_usd                 decimal(24, 12),
    long_context             boolean not null,
    tool_fee_usd             decimal(24, 12)
);
-- Added with server-tool fees: an existing store gains the column.
alter table monthly_reprice_stage add column if not exists tool_fee_usd decimal(24, 12);
