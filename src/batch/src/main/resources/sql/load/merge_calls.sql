-- Merge a run's partitions into calls, insert-if-absent: a key already loaded (by an earlier run)
-- or repeated in the run is a duplicate; of repeats, the first in file order, then line, is loaded.
-- The first of each new key is chosen on narrow columns first (merge_firsts.sql), then its whole
-- row is inserted.
insert into calls
select s.* exclude (file_index, filename, file_row_number)
from ingest_calls as s
semi join merge_firsts as f on s.filename = f.first.parquet and s.file_row_number = f.first.row;
