-- Detector 2, cacheable prefixes not cached: calls with no cache reads or writes whose prefix
-- (system prompt + tools, or logged 512-token blocks) a prompt cache would have served, call by
-- call in time order (prefix_reuse: the first call of each burst writes, later ones read).
-- Savings = sum over calls of read_tokens x (input - cached rate) - write_tokens x write premium
-- (Anthropic 5m: 1.25x - 1x input, 1h: 2x - 1x; OpenAI and Gemini: 0), at each call's own rates.
-- Break-even: a prefix is recommended only when the savings are positive.
with priced as (
    select r.*,
           usd(r.read_tokens, r.r_in - r.r_cached) as read_saving,
           usd(r.write_tokens, greatest(coalesce(r.r_write, r.r_in) - r.r_in, 0)) as write_cost,
           greatest(coalesce(r.r_write, r.r_in) - r.r_in, 0) as premium,
           r.r_in - r.r_cached as read_discount
    from prefix_reuse as r
), grouped as (
    select team, function, min(provider) as provider, report_model,
           coalesce(prefix_hash, 'blocks') as prefix_key,
           min(system_prompt_hash) as prompt_hash,
           count(*) as calls,
           count(*) filter (where read_tokens > 0) as reads,
           count(*) filter (where write_tokens > 0) as writes,
           sum(read_tokens) as read_tokens,
           sum(write_tokens) as write_tokens,
           sum(read_saving) as read_saving,
           sum(write_cost) as write_cost,
           sum(read_saving) - sum(write_cost) as savings,
           max(premium) as premium,
           min(read_discount) as read_discount,
           min(min_tokens) as min_tokens,
           array_to_string(list(request_id order by ts, request_id)
               filter (where request_id is not null and read_tokens > 0)[1:3], ' ') as examples,
           list(call_saving(call_key, read_saving - write_cost)) as call_savings
    from priced
    group by team, function, report_model, coalesce(prefix_hash, 'blocks')
)
select 'cacheable_prefix' as kind, g.team, g.function, g.provider, g.report_model as model,
       g.calls, g.read_tokens as tokens, g.examples as example_request_ids, g.prompt_hash,
       g.prefix_key as subject,
       g.savings as savings_usd, g.call_savings,
       printf('%d read tokens x (input - cached) rate = %s USD, minus %d write tokens x write '
              || 'premium = %s USD', g.read_tokens, usd_text(g.read_saving), g.write_tokens,
              usd_text(g.write_cost))
           as formula,
       'medium' as confidence,
       case when g.provider in ('anthropic', 'bedrock')
                then 'add cache_control after the tool definitions and system prompt ('
                     || p.cache_lifetime_minutes || '-minute cache)'
            when g.provider = 'google'
                then 'cache the system prompt and tools with an explicit CachedContent'
            else 'keep the system prompt and tools first and byte-identical; send '
                 || 'prompt_cache_key so calls reach the same cache' end as fix,
       printf('%d calls sharing a prefix of >= %d tokens: %d would read, %d would write '
              || '(%s reads per write); break-even %s reads per write = premium %s / '
              || 'discount %s USD per 1M tokens',
              g.calls, g.min_tokens, g.reads, g.writes,
              case when g.writes = 0 then 'all' else printf('%.2f', g.reads / g.writes) end,
              case when g.read_discount = 0 then '-'
                   else printf('%.2f', g.premium / g.read_discount) end,
              usd_text(g.premium), usd_text(g.read_discount)) as evidence
from grouped as g, detect_params as p
where g.savings > 0;
