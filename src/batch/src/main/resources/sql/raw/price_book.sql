-- The price book's rates (USD per 1M tokens), copied in by the detect step at each run so that
-- detectors price tokens at the rates in force on each call's UTC day. Null: not offered.
create table if not exists price_book (
    provider                  varchar not null,
    model                     varchar not null,
    valid_from                date not null,     -- inclusive
    valid_to                  date,              -- exclusive; null = still in force
    input_usd_per_mtok        decimal(18, 9) not null,
    cached_input_usd_per_mtok decimal(18, 9),
    cache_write_5m_usd_per_mtok decimal(18, 9),
    cache_write_1h_usd_per_mtok decimal(18, 9),
    output_usd_per_mtok       decimal(18, 9) not null,
    batch_input_usd_per_mtok  decimal(18, 9),
    batch_cached_input_usd_per_mtok decimal(18, 9),
    batch_cache_write_5m_usd_per_mtok decimal(18, 9),
    batch_cache_write_1h_usd_per_mtok decimal(18, 9),
    batch_output_usd_per_mtok decimal(18, 9)
);
