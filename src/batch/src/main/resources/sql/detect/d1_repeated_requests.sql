-- Detector 1, repeated requests: the same model and the same normalized request (request_hash:
-- messages, tools, sampling parameters) sent again within repeat_window_hours of the previous
-- identical one. Savings: the cost of every repeat after the first, had a response cache served
-- it. One finding per function and model; failed calls are left to detector 7.
with ordered as (
    select d.*,
           lag(d.ts) over (partition by d.function, d.model, d.request_hash
                           order by d.ts, d.call_key) as previous_ts
    from detect_calls as d
    where d.request_hash is not null and d.status < 400
), repeats as (
    select o.*
    from ordered as o, detect_params as p
    where o.previous_ts is not null and o.ts - o.previous_ts <= to_hours(p.repeat_window_hours)
), everything as (
    select function, report_model, count(*) as all_calls
    from detect_calls
    group by all
)
select 'repeated_request' as kind,
       r.team, r.function, min(r.provider) as provider, r.report_model as model,
       count(*) as calls,
       sum(r.input_tokens + r.output_tokens) as tokens,
       array_to_string(list(r.request_id order by r.ts, r.request_id)
           filter (where r.request_id is not null)[1:3], ' ') as example_request_ids,
       stable_mode(histogram(r.system_prompt_hash)) as prompt_hash,
       coalesce(sum(r.cost_usd), 0) as savings_usd,
       list(call_saving(r.call_key, coalesce(r.cost_usd, 0))) as call_savings,
       printf('sum of cost_usd of the %d repeats = %s USD', count(*),
              usd_text(coalesce(sum(r.cost_usd), 0))) as formula,
       'high' as confidence,
       'cache responses keyed by the normalized request (model, messages, tools, sampling '
           || 'parameters) for ' || min(p.repeat_window_hours) || ' h' as fix,
       printf('%d repeats of %d distinct requests = %.1f%% of %d calls; %d repeats unpriced',
              count(*), count(distinct r.request_hash),
              100.0 * count(*) / min(e.all_calls), min(e.all_calls),
              count(*) filter (where r.cost_usd is null)) as evidence
from repeats as r
join everything as e using (function, report_model)
cross join detect_params as p
group by r.team, r.function, r.report_model;
