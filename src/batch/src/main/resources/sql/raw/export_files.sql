-- Provider export files already ingested, by fingerprint (SHA-256 of the bytes): a file seen
-- before is skipped, whatever its name. See docs/reconciliation.md.
create table if not exists export_files (
    fingerprint  varchar primary key,   -- SHA-256 of the file's bytes, hex
    path         varchar not null,      -- relative to the exports folder, as first seen
    provider     varchar not null,
    kind         varchar not null,      -- openai_usage | openai_costs | anthropic_usage | anthropic_costs
    records      bigint not null,       -- results read (loaded + duplicates + quarantined)
    loaded       bigint not null,
    quarantined  bigint not null,
    run_id       bigint not null
);
