-- Detector 4, over-long system prompts: per function, model and system prompt version, the
-- prompt's size in tokens and share of the re-counted input spend; flagged when at least
-- system_prompt_max_tokens long or system_prompt_max_share of input spend. Savings: the prompt
-- tokens beyond a target, at each call's own input rate (cached rate when the call read the
-- cache). The target is one a prompt of this function has met: its shortest system prompt this
-- month, when shorter than this version; otherwise the system_prompt_target_percentile (p75 by
-- default) of the other functions' system prompts this month, each distinct prompt once. No
-- target below the prompt, no finding. Evidence also gives the cost of each 1,000 tokens removed
-- and how the function's prompt grew since its first version this month.
with prompted as (
    select d.*,
           case when d.cached_input_tokens > 0 then d.r_cached else d.r_in end as r_prompt
    from detect_calls as d
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
), versions as (
    select t.team, t.function, min(t.provider) as provider, t.report_model,
           t.system_prompt_hash,
           max(t.system_prompt_tokens) as prompt_tokens,
           min(t.target_tokens) as target_tokens,
           min(t.target_basis) as target_basis,
           min(t.first_tokens) as first_tokens,
           count(*) as calls,
           sum(t.system_prompt_cost_usd) as prompt_cost,
           sum(t.uncached_input_cost_usd + t.cached_input_cost_usd + t.cache_write_cost_usd)
               as input_cost,
           sum(usd(greatest(t.system_prompt_tokens - t.target_tokens, 0), t.r_prompt))
               as savings,
           sum(usd(1000, t.r_prompt)) as per_1000_tokens,
           sum(greatest(t.system_prompt_tokens - t.target_tokens, 0)) as excess_tokens,
           array_to_string(list(t.request_id order by t.ts, t.request_id)
               filter (where t.request_id is not null)[1:3], ' ') as examples,
           list(call_saving(t.call_key,
               usd(greatest(t.system_prompt_tokens - t.target_tokens, 0), t.r_prompt)))
               as call_savings
    from targeted as t
    group by t.team, t.function, t.report_model, t.system_prompt_hash
)
select 'long_system_prompt' as kind, v.team, v.function, v.provider, v.report_model as model,
       v.calls, v.excess_tokens as tokens, v.examples as example_request_ids,
       v.system_prompt_hash as prompt_hash, v.savings as savings_usd, v.call_savings,
       printf('%d calls x (prompt %d - target %d tokens) x input rate = %s USD',
              v.calls, v.prompt_tokens, v.target_tokens, usd_text(v.savings)) as formula,
       'medium' as confidence,
       printf('shorten the system prompt to about %d tokens (%s), moving rarely used '
              || 'instructions into tools or retrieval; every 1,000 tokens removed saves %s USD '
              || 'per observed period', v.target_tokens, v.target_basis,
              usd_text(v.per_1000_tokens)) as fix,
       printf('system prompt %d tokens, %.1f%% of input spend (%s of %s USD); first version '
              || 'this month %d tokens%s', v.prompt_tokens,
              100.0 * v.prompt_cost / nullif(v.input_cost, 0), usd_text(v.prompt_cost),
              usd_text(v.input_cost), v.first_tokens,
              case when v.prompt_tokens > v.first_tokens
                   then printf(' (grew by %d)', v.prompt_tokens - v.first_tokens)
                   else '' end) as evidence
from versions as v, detect_params as p
where (v.prompt_tokens >= p.system_prompt_max_tokens
       or v.prompt_cost >= v.input_cost * p.system_prompt_max_share)
  and v.savings > 0;
