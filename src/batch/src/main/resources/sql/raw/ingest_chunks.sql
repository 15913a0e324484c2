-- One row per chunk the ingest step wrote, in the same transaction as the chunk's calls: a chunk
-- replayed after a crash (written to DuckDB, not yet to the job repository) is keyed by its first
-- line and not counted twice. The run's counts are the sums over its rows.
create table if not exists ingest_chunks (
    run_id        bigint not null,      -- the job instance: a restart keeps it
    first_file    varchar not null,     -- the chunk's first line
    first_line    bigint not null,
    read          bigint not null,      -- = loaded + quarantined + duplicates
    loaded        bigint not null,
    quarantined   bigint not null,
    duplicates    bigint not null,
    primary key (run_id, first_file, first_line)
);
