-- Per call with no cache activity: how many prefix tokens a prompt cache would have served
-- (read_tokens) and written (write_tokens), call by call in time order. A prefix is the system
-- prompt + tool definitions (prefix_hash, prefix_tokens), or, for logs that carry
-- prefix_block_hashes, each 512-token block (the last one partial) chained on the blocks before.
-- Per function, model and block: a block seen again within the cache lifetime of its previous
-- sighting is a read; the first sighting of a burst is a write. A call reads its leading run of
-- read blocks. Below the model's minimum cacheable length nothing is read or written; OpenAI
-- reads in 128-token steps.
create or replace view prefix_reuse as
with eligible as (
    select d.*
    from detect_calls as d
    where d.status < 400 and d.standard_tier and d.r_cached is not null
      and d.cached_input_tokens = 0 and d.cache_write_5m_tokens = 0
      and d.cache_write_1h_tokens = 0
      and (d.prefix_block_hashes is not null or coalesce(d.prefix_tokens, 0) > 0)
), blocks as (
    select call_key, function, price_model, ts, prefix_hash as block, 1 as pos,
           prefix_tokens as tokens
    from eligible
    where prefix_block_hashes is null
    union all
    select call_key, function, price_model, ts, b.block, b.pos,
           least(512, greatest(input_tokens - 512 * (b.pos - 1), 0)) as tokens
    from eligible,
         unnest(string_split(prefix_block_hashes, ',')) with ordinality as b(block, pos)
), sightings as (
    select b.*,
           lag(ts) over (partition by function, price_model, block order by ts, call_key)
               as previous_ts
    from blocks as b
), marked as (
    select s.*,
           s.previous_ts is not null
               and s.ts - s.previous_ts <= to_minutes(p.cache_lifetime_minutes) as is_read
    from sightings as s, detect_params as p
), ranked as (
    select m.*,
           min(case when not m.is_read then m.pos end) over (partition by m.call_key)
               as first_unread
    from marked as m
), counted as (
    select call_key,
           sum(tokens) as prefix_tokens,
           coalesce(sum(tokens) filter (where is_read
               and pos < coalesce(first_unread, 2147483647)), 0) as shared_tokens,
           coalesce(sum(tokens) filter (where not is_read), 0) as unread_tokens
    from ranked
    group by call_key
)
select e.call_key, e.request_id, e.ts, e.team, e.function, e.provider, e.price_model,
       e.report_model, e.system_prompt_hash, e.prefix_hash, e.r_in, e.r_cached,
       c.prefix_tokens, c.shared_tokens,
       case when c.shared_tokens < coalesce(x.min_tokens, d.min_tokens) then 0
            else c.shared_tokens // d.step_tokens * d.step_tokens end as read_tokens,
       case when c.prefix_tokens < coalesce(x.min_tokens, d.min_tokens) then 0
            else c.unread_tokens end as write_tokens,
       coalesce(x.min_tokens, d.min_tokens) as min_tokens,
       case when e.provider in ('anthropic', 'bedrock') and p.cache_lifetime_minutes = 60
            then e.r_cw1h else e.r_cw5m end as r_write
from eligible as e
join counted as c using (call_key)
cross join detect_params as p
join cache_min_tokens as d on d.provider = e.provider and d.model = '*'
left join cache_min_tokens as x on x.provider = e.provider and x.model = e.price_model;
