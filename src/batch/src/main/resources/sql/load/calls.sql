-- Move a chunk from calls_stage into calls, insert-if-absent: a key already loaded (by this run
-- or an earlier one) or repeated inside the chunk is a duplicate and is not inserted again.
insert into calls
select *
from calls_stage as s
where not exists (select 1 from calls as c where c.call_key = s.call_key)
qualify row_number() over (partition by s.call_key order by s.source_file, s.source_line) = 1;
