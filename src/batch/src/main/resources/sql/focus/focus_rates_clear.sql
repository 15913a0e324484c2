-- The rates of focus_rate_keys, filled by Java for one export. Rates in USD per 1M tokens; null:
-- the class is not offered (a priced call never used it).
create or replace table focus_rates (
    price_model    varchar not null,
    day            date not null,        -- UTC day of the calls
    service_tier   varchar not null,     -- as logged, '' when not logged
    batch          boolean not null,
    long_context   boolean not null,
    maker          varchar not null,     -- the price-book row's provider: the model's publisher
    valid_from     date not null,        -- the price-book period the rates come from
    r_in           decimal(18, 9),
    r_cached       decimal(18, 9),
    r_cw5m         decimal(18, 9),
    r_cw1h         decimal(18, 9),
    r_out          decimal(18, 9)
);
