-- Detector 4, over-long system prompts: per function, model and system prompt version, the
-- prompt's size in tokens and share of the re-counted input spend; flagged when at least
-- system_prompt_max_tokens long or system_prompt_max_share of input spend. Savings: the prompt
-- tokens beyond the function's median latest-user-message size, at each call's own input rate
-- (cached rate when the call read the cache). Evidence also gives the cost of each 1,000
-- tokens removed and how the function's prompt grew since its first version this month.
with prompted as (
    select d.*,
           case when d.cached_input_tokens > 0 then d.r_cached else d.r_in end as r_prompt
    from detect_calls as d
    where d.system_prompt_tokens > 0 and d.status < 400 and d.standard_tier
), medians as (
    select function, report_model,
           quantile_disc(user_message_tokens, 0.5) as median_user_tokens,
           arg_min(system_prompt_tokens, (ts, call_key)) as first_tokens
    from prompted
    group by all
), versions as (
    select p.team, p.function, min(p.provider) as provider, p.report_model,
           p.system_prompt_hash,
           max(p.system_prompt_tokens) as prompt_tokens,
           min(m.median_user_tokens) as median_user_tokens,
           min(m.first_tokens) as first_tokens,
           count(*) as calls,
           sum(p.system_prompt_cost_usd) as prompt_cost,
           sum(p.uncached_input_cost_usd + p.cached_input_cost_usd + p.cache_write_cost_usd)
               as input_cost,
           sum(usd(greatest(p.system_prompt_tokens - m.median_user_tokens, 0), p.r_prompt))
               as savings,
           sum(usd(1000, p.r_prompt)) as per_1000_tokens,
           sum(greatest(p.system_prompt_tokens - m.median_user_tokens, 0)) as excess_tokens,
           array_to_string(list(p.request_id order by p.ts, p.request_id)
               filter (where p.request_id is not null)[1:3], ' ') as examples,
           list(call_saving(p.call_key,
               usd(greatest(p.system_prompt_tokens - m.median_user_tokens, 0), p.r_prompt)))
               as call_savings
    from prompted as p
    join medians as m using (function, report_model)
    group by p.team, p.function, p.report_model, p.system_prompt_hash
)
select 'long_system_prompt' as kind, v.team, v.function, v.provider, v.report_model as model,
       v.calls, v.excess_tokens as tokens, v.examples as example_request_ids,
       v.system_prompt_hash as prompt_hash, v.savings as savings_usd, v.call_savings,
       printf('%d calls x (prompt %d - median user message %d tokens) x input rate = %s USD',
              v.calls, v.prompt_tokens, v.median_user_tokens, usd_text(v.savings)) as formula,
       'medium' as confidence,
       printf('shorten the system prompt to about %d tokens (move rarely used instructions '
              || 'into tools or retrieval); every 1,000 tokens removed saves %s USD per '
              || 'observed period', v.median_user_tokens, usd_text(v.per_1000_tokens)) as fix,
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
