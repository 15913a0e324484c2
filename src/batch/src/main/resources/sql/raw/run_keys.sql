-- The run id of each run in this store, by the run's key (a UUID the run keeps across restarts,
-- job parameter run.key): run ids are numbered here, not by the job repository, so a new or
-- reset job repository never reuses an id the store has seen.
create table if not exists run_keys (
    run_key     varchar primary key,
    run_id      bigint not null unique,
    created_at  timestamp not null
);
