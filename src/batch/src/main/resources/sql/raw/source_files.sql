-- Fingerprints of the request-log files read to their end: a file whose name, size and
-- modification time are unchanged is not read again. A changed file (appended, rewritten) is
-- read again whole; its calls already loaded count as duplicates.
create table if not exists source_files (
    file_name    varchar primary key,   -- relative to its logs folder's parent (calls.source_file)
    size_bytes   bigint not null,
    modified_at  timestamp not null,
    run_id       bigint not null        -- the run that read it last
);
