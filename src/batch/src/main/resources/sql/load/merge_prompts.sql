-- System prompt texts of a run's partitions, stored once by hash: the first seen (then first in
-- file order) of a text new to the store.
insert into prompts
select * exclude (file_index, source_line)
from ingest_prompts as s
where not exists (select 1 from prompts as p where p.prompt_hash = s.prompt_hash)
qualify row_number() over (
    partition by s.prompt_hash order by s.first_seen_ts, s.file_index, s.source_line) = 1;
