-- calls_stage, prompts_stage and quarantine_stage were the landing tables of the chunked ingest
-- writer; the partitioned ingest merges Parquet files instead and nothing reads or writes them.
-- A store made before loses them here (empty between runs, so nothing is lost).
drop table if exists calls_stage;
drop table if exists prompts_stage;
drop table if exists quarantine_stage;
