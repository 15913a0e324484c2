-- The committed outputs of a run's partitions, as views for the merge: ${calls}, ${quarantine} and
-- ${prompts} are lists of Parquet files (one per partition), filled in by the ingest merge.
create or replace temp view ingest_calls as select * from read_parquet(${calls});
create or replace temp view ingest_quarantine as select * from read_parquet(${quarantine});
create or replace temp view ingest_prompts as select * from read_parquet(${prompts});
