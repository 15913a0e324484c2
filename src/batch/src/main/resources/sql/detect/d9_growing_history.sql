-- Detector 9, growing conversation history: functions whose earlier turns (history_tokens) are
-- at least history_min_share of the re-counted input. Savings: the history tokens beyond
-- history_keep_tokens per call (what truncating or summarizing older turns removes), at each
-- call's own input rate (cached rate when the call read the cache).
with calls as (
    select d.*,
           case when d.cached_input_tokens > 0 then d.r_cached else d.r_in end as r_history,
           greatest(d.history_tokens - p.history_keep_tokens, 0) as excess
    from detect_calls as d, detect_params as p
    where d.standard_tier and d.status < 400 and d.recount_input_tokens > 0
), functions as (
    select team, function, min(provider) as provider, report_model,
           count(*) as calls,
           count(*) filter (where excess > 0) as long_calls,
           sum(history_tokens) as history_tokens,
           sum(recount_input_tokens) as input_tokens,
           sum(excess) as excess_tokens,
           sum(usd(excess, r_history)) as savings,
           stable_mode(histogram(system_prompt_hash)) as prompt_hash,
           array_to_string(list(request_id order by history_tokens desc, ts, request_id)
               filter (where request_id is not null and excess > 0)[1:3], ' ') as examples,
           list(call_saving(call_key, usd(excess, r_history))) filter (where excess > 0)
               as call_savings
    from calls
    group by team, function, report_model
)
select 'growing_history' as kind, f.team, f.function, f.provider, f.report_model as model,
       f.long_calls as calls, f.excess_tokens as tokens, f.examples as example_request_ids,
       f.prompt_hash, f.savings as savings_usd, f.call_savings,
       printf('%d history tokens beyond %d per call x input rate = %s USD', f.excess_tokens,
              p.history_keep_tokens, usd_text(f.savings)) as formula,
       'medium' as confidence,
       printf('keep the last turns up to about %d tokens and summarize older ones',
              p.history_keep_tokens) as fix,
       printf('earlier turns are %.1f%% of re-counted input (%d of %d tokens) over %d calls',
              100.0 * f.history_tokens / f.input_tokens, f.history_tokens, f.input_tokens,
              f.calls) as evidence
from functions as f, detect_params as p
where f.history_tokens >= f.input_tokens * p.history_min_share
  and f.savings > 0;
