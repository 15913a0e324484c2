-- One row per nightly run: what it read and loaded, for monitoring and audit.
create table if not exists runs (
    run_id            bigint primary key,
    report_date       date not null,
    started_at        timestamp not null,
    finished_at       timestamp not null,
    read              bigint not null,
    loaded            bigint not null,
    quarantined       bigint not null,
    duplicates        bigint not null,
    spend_usd         decimal(38, 12),
    status            varchar not null
);
