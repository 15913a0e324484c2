-- Merge a run's partitions into calls, insert-if-absent: a key already loaded (by an earlier run)
-- or repeated in the run is a duplicate; of repeats, the first in file order, then line, is loaded.
insert into calls
select * exclude (file_index)
from ingest_calls as s
where not exists (select 1 from calls as c where c.call_key = s.call_key)
qualify row_number() over (partition by s.call_key order by s.file_index, s.source_line) = 1;
