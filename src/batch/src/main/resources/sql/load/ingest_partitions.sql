-- The committed outputs of a run's partitions, as views for the merge: ${calls}, ${quarantine} and
-- ${prompts} are lists of Parquet files (one per partition), filled in by the ingest merge.
-- Each calls row carries its Parquet file and row number: a narrow identity for the merge.
create or replace temp view ingest_calls as
select * from read_parquet(${calls}, filename = true, file_row_number = true);
create or replace temp view ingest_quarantine as select * from read_parquet(${quarantine});
create or replace temp view ingest_prompts as select * from read_parquet(${prompts});
