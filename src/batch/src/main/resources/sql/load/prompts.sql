-- Prompt texts of a chunk, stored once by hash.
insert into prompts
select *
from prompts_stage as s
where not exists (select 1 from prompts as p where p.prompt_hash = s.prompt_hash)
qualify row_number() over (partition by s.prompt_hash order by s.first_seen_ts) = 1;
