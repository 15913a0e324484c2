-- Landing table of the ingest writer: each chunk is appended here, moved into calls
-- (insert-if-absent) and deleted, inside one transaction.
create table if not exists calls_stage as select * from calls limit 0;
