-- The tables of one partition's output, in an in-memory DuckDB of the partition's own (after
-- raw/calls.sql, raw/quarantine.sql and raw/prompts.sql ran there): no keys, duplicates kept; calls
-- and prompts carry the file index and line that order duplicates at the merge.
create table calls_part as select *, null::integer as file_index from calls limit 0;
create table quarantine_part as select * from quarantine limit 0;
create table prompts_part as
select *, null::integer as file_index, null::bigint as source_line from prompts limit 0;
