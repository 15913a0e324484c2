-- Lines that could not be loaded, with why. Replaced on re-read, so run_id is the last run
-- that saw the line.
create table if not exists quarantine (
    source_file  varchar not null,
    source_line  bigint not null,
    reason       varchar not null,
    excerpt      varchar not null,   -- first 120 characters of the line
    run_id       bigint not null,
    primary key (source_file, source_line)
);
