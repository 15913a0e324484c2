-- The first row of each key the run loads (not in calls yet; of repeats, the first by file, then
-- line), named by its Parquet file and row: a grouped min over narrow columns, which DuckDB spills
-- to disk under llmspend.store.memory-limit (a window over whole rows ran out of a 2 GB limit at
-- 10M calls). Dropped after merge_calls.sql.
create or replace temp table merge_firsts as
select min({'file_index': file_index, 'source_line': source_line, 'parquet': filename,
            'row': file_row_number}) as first
from ingest_calls as s
where not exists (select 1 from calls as c where c.call_key = s.call_key)
group by call_key;
