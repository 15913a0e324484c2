-- The files a run reads, fixed at its first start so a restart reads the same list in the same
-- order (the reader's restart point is a file index and a line).
create table if not exists run_files (
    run_id       bigint not null,
    file_index   integer not null,
    file_name    varchar not null,
    path         varchar not null,
    size_bytes   bigint not null,
    modified_at  timestamp not null,
    primary key (run_id, file_index)
);
