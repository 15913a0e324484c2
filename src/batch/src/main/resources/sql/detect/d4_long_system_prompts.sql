-- Detector 4, over-long system prompts: per function, model and system prompt version, the
-- prompt's size in tokens and share of the re-counted input spend; flagged when at least
-- system_prompt_max_tokens long or system_prompt_max_share of input spend. The target is one a
-- prompt of this function has met: its shortest system prompt this month, when shorter than this
-- version; otherwise the system_prompt_target_percentile (p75 by default) of the other
-- functions' system prompts this month, each distinct prompt once. No target below the prompt,
-- no finding. Evidence also gives the cost of each 1,000 tokens removed and how the function's
-- prompt grew since its first version this month.
-- Savings = what the prompt costs now - what the shorter prompt would cost, per call at its own
-- rates. Now: the prompt at the rate the call paid for it (r_prompt: the cache read rate when
-- the call read the cache - the prompt leads the cached prefix -, else the cache write rate when
-- it wrote the cache, else the input rate). After: the same rate while the prefix (prompt +
-- tools) stays at or above the model's minimum cacheable length (cache_min_tokens); below it,
-- a call that used the cache loses it and pays the full input rate, no reads, no writes. For a
-- version whose calls used the cache, the target raised to that minimum (cacheable_target) is
-- priced too, and the finding takes whichever saves more; savings <= 0: no finding.
with prompted as (
    -- only the columns used below: the window in sized holds every row of a version (10M calls:
    -- all of detect_calls' columns ran out of a 1 GB llmspend.store.memory-limit)
    select d.team, d.function, d.provider, d.report_model, d.system_prompt_hash,
           d.system_prompt_tokens, d.ts, d.call_key, d.request_id, d.r_in,
           d.system_prompt_cost_usd, d.uncached_input_cost_usd, d.cached_input_cost_usd,
           d.cache_write_cost_usd,
           d.cached_input_tokens > 0 or d.cache_write_5m_tokens > 0
               or d.cache_write_1h_tokens > 0 as cache_call,
           case when d.cached_input_tokens > 0 then d.r_cached
                when d.cache_write_1h_tokens > 0 then d.r_cw1h
                when d.cache_write_5m_tokens > 0 then d.r_cw5m
                else d.r_in end as r_prompt,
           -- the fewest system prompt tokens that keep this call's prefix cacheable
           greatest(coalesce(x.min_tokens, m.min_tokens, 0) - coalesce(d.tool_tokens, 0), 0)
               as cache_min_prompt
    from detect_calls as d
    left join cache_min_tokens as m on m.provider = d.provider and m.model = '*'
    left join cache_min_tokens as x on x.provider = d.provider and x.model = d.price_model
    where d.system_prompt_tokens > 0 and d.status < 400 and d.standard_tier
), used as (
    select distinct function, system_prompt_hash, system_prompt_tokens as tokens
    from detect_calls
    where system_prompt_tokens > 0
), peer_prompts as (
    -- per function: the other functions' system prompts, each distinct prompt once
    select f.function, o.system_prompt_hash, max(o.tokens) as tokens
    from (select distinct function from prompted) as f
    join used as o on o.function <> f.function
    where not exists (select 1 from used as u
                      where u.function = f.function
                        and u.system_prompt_hash = o.system_prompt_hash)
    group by f.function, o.system_prompt_hash
), peers as (
    -- the percentile as quantile_disc takes it: the ceil(n x p)-th smallest of n
    select e.function,
           list_sort(list(e.tokens))[greatest(cast(ceil(count(*)
               * any_value(x.system_prompt_target_percentile)) as integer), 1)] as peer_tokens,
           count(*) as peer_prompts
    from peer_prompts as e, detect_params as x
    group by e.function
), own as (
    select function, report_model,
           min(system_prompt_tokens) as shortest_tokens,
           arg_min(system_prompt_tokens, (ts, call_key)) as first_tokens
    from prompted
    group by all
), targeted as (
    select p.*, o.first_tokens,
           case when o.shortest_tokens < p.system_prompt_tokens then o.shortest_tokens
                else e.peer_tokens end as target_tokens,
           case when o.shortest_tokens < p.system_prompt_tokens
                then 'its shortest system prompt this month'
                else printf('the p%d of the other functions'' %d system prompts',
                            cast(round(100 * x.system_prompt_target_percentile) as integer),
                            e.peer_prompts) end as target_basis
    from prompted as p
    join own as o using (function, report_model)
    left join peers as e using (function)
    cross join detect_params as x
), sized as (
    -- the version's cache minimum: the largest over its calls that used the cache
    select t.*,
           max(case when t.cache_call then t.cache_min_prompt end) over (
               partition by t.team, t.function, t.report_model, t.system_prompt_hash)
               as version_cache_min
    from targeted as t
), projected as (
    select s.*,
           case when s.target_tokens is not null
                then greatest(s.target_tokens, coalesce(s.version_cache_min, 0))
           end as cacheable_target,
           coalesce(s.cache_call and s.target_tokens < s.cache_min_prompt
                    and s.target_tokens < s.system_prompt_tokens, false) as loses_cache
    from sized as s
), priced as (
    select p.*,
           case when p.loses_cache
                then usd(p.system_prompt_tokens, p.r_prompt) - usd(p.target_tokens, p.r_in)
                else usd(greatest(p.system_prompt_tokens - p.target_tokens, 0), p.r_prompt)
           end as target_saving,
           usd(greatest(p.system_prompt_tokens - p.cacheable_target, 0), p.r_prompt)
               as cacheable_saving
    from projected as p
), versions as (
    select t.team, t.function, min(t.provider) as provider, t.report_model,
           t.system_prompt_hash,
           max(t.system_prompt_tokens) as prompt_tokens,
           min(t.target_tokens) as target_tokens,
           min(t.target_basis) as target_basis,
           max(t.cacheable_target) as cacheable_target,
           max(t.version_cache_min) as cache_min_prompt,
           min(t.first_tokens) as first_tokens,
           count(*) as calls,
           count(*) filter (where t.cache_call) as cache_calls,
           bool_or(t.loses_cache) as loses_cache,
           sum(t.system_prompt_cost_usd) as prompt_cost,
           sum(t.uncached_input_cost_usd + t.cached_input_cost_usd + t.cache_write_cost_usd)
               as input_cost,
           sum(t.target_saving) as target_savings,
           sum(t.cacheable_saving) as cacheable_savings,
           sum(usd(1000, t.r_prompt)) as per_1000_tokens,
           sum(greatest(t.system_prompt_tokens - t.target_tokens, 0)) as target_excess,
           sum(greatest(t.system_prompt_tokens - t.cacheable_target, 0)) as cacheable_excess,
           array_to_string(list(t.request_id order by t.ts, t.request_id)
               filter (where t.request_id is not null)[1:3], ' ') as examples
    from priced as t
    group by t.team, t.function, t.report_model, t.system_prompt_hash
), chosen as (
    -- stays_cacheable: shortening only to the cache minimum saves more than going below it
    select v.*,
           coalesce(v.cacheable_target > v.target_tokens
                    and v.cacheable_savings > v.target_savings, false) as stays_cacheable
    from versions as v
), findings as (
    select c.*,
           case when c.stays_cacheable then c.cacheable_savings else c.target_savings end
               as savings,
           case when c.stays_cacheable then c.cacheable_excess else c.target_excess end
               as excess_tokens
    from chosen as c
), flagged as (
    select f.*
    from findings as f, detect_params as p
    where (f.prompt_tokens >= p.system_prompt_max_tokens
           or f.prompt_cost >= f.input_cost * p.system_prompt_max_share)
      and f.savings > 0
), flagged_calls as (
    -- each flagged version's savings call by call, listed for the flagged versions only: lists
    -- over every version held all prompted calls in memory (10M calls: out of a 1 GB limit)
    select f.team, f.function, f.report_model, f.system_prompt_hash,
           list(call_saving(t.call_key, case when f.stays_cacheable then t.cacheable_saving
                                             else t.target_saving end)) as call_savings
    from flagged as f
    join priced as t
      on t.team is not distinct from f.team and t.function is not distinct from f.function
     and t.report_model is not distinct from f.report_model
     and t.system_prompt_hash is not distinct from f.system_prompt_hash
    group by f.team, f.function, f.report_model, f.system_prompt_hash
)
select 'long_system_prompt' as kind, v.team, v.function, v.provider, v.report_model as model,
       v.calls, v.excess_tokens as tokens, v.examples as example_request_ids,
       v.system_prompt_hash as prompt_hash, v.savings as savings_usd, l.call_savings,
       case when v.stays_cacheable
                then printf('%d calls x (prompt %d - target %d tokens, the least that stays '
                            || 'cacheable) x the rate each call paid for its prompt (cache read, '
                            || 'cache write or input) = %s USD', v.calls, v.prompt_tokens,
                            v.cacheable_target, usd_text(v.savings))
            when v.loses_cache
                then printf('%d calls x (prompt %d tokens at the rate each call paid for it - '
                            || 'target %d tokens at the input rate, not cached below %d tokens) '
                            || '= %s USD', v.calls, v.prompt_tokens, v.target_tokens,
                            v.cache_min_prompt, usd_text(v.savings))
            else printf('%d calls x (prompt %d - target %d tokens) x input rate = %s USD',
                        v.calls, v.prompt_tokens, v.target_tokens, usd_text(v.savings))
       end as formula,
       'medium' as confidence,
       case when v.stays_cacheable
                then printf('shorten the system prompt to about %d tokens to stay cacheable: '
                            || '%s is %d tokens, but below %d tokens the prompt is no longer '
                            || 'cached and is billed at the full input rate; move rarely used '
                            || 'instructions into tools or retrieval; every 1,000 tokens removed '
                            || 'saves %s USD per observed period', v.cacheable_target,
                            v.target_basis, v.target_tokens, v.cache_min_prompt,
                            usd_text(v.per_1000_tokens))
            when v.loses_cache
                then printf('shorten the system prompt to about %d tokens (%s), moving rarely '
                            || 'used instructions into tools or retrieval; below %d tokens it is '
                            || 'no longer cached, so the savings price the shorter prompt at the '
                            || 'full input rate', v.target_tokens, v.target_basis,
                            v.cache_min_prompt)
            else printf('shorten the system prompt to about %d tokens (%s), moving rarely used '
                        || 'instructions into tools or retrieval; every 1,000 tokens removed '
                        || 'saves %s USD per observed period', v.target_tokens, v.target_basis,
                        usd_text(v.per_1000_tokens))
       end as fix,
       printf('system prompt %d tokens, %.1f%% of input spend (%s of %s USD); first version '
              || 'this month %d tokens%s%s', v.prompt_tokens,
              100.0 * v.prompt_cost / nullif(v.input_cost, 0), usd_text(v.prompt_cost),
              usd_text(v.input_cost), v.first_tokens,
              case when v.prompt_tokens > v.first_tokens
                   then printf(' (grew by %d)', v.prompt_tokens - v.first_tokens)
                   else '' end,
              case when v.cache_calls = 0 then ''
                   when v.cache_min_prompt > 0
                       then printf('; %d of %d calls read or wrote it in the prompt cache, '
                                   || 'which needs at least %d tokens here', v.cache_calls,
                                   v.calls, v.cache_min_prompt)
                   else printf('; %d of %d calls read or wrote it in the prompt cache',
                               v.cache_calls, v.calls) end) as evidence
from flagged as v
join flagged_calls as l
  on l.team is not distinct from v.team and l.function is not distinct from v.function
 and l.report_model is not distinct from v.report_model
 and l.system_prompt_hash is not distinct from v.system_prompt_hash;
