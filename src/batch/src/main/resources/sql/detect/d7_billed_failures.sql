-- Detector 7, billed failures and retry storms. A retry storm is a run of at least
-- retry_min_attempts calls of the same function and request (request_hash), each within
-- retry_window_minutes of the previous, with at least retry_min_attempts - 1 errors (HTTP status
-- 400 and up). Savings: the billed cost of the failed calls, those in storms under
-- retry_storm, the others under billed_failure (no call is counted twice).
-- Only requests that failed at least once can be in a storm.
with requests as (
    select d.*,
           case when lag(d.ts) over w is null
                     or d.ts - lag(d.ts) over w > to_minutes(p.retry_window_minutes)
                then 1 else 0 end as starts_run
    from detect_calls as d, detect_params as p
    where d.request_hash in (select request_hash from detect_calls where status >= 400)
    window w as (partition by d.function, d.request_hash order by d.ts, d.call_key)
), runs as (
    select r.*,
           sum(starts_run) over (partition by function, request_hash order by ts, call_key)
               as run_no
    from requests as r
), storms as (
    select function, request_hash, run_no
    from runs, detect_params as p
    group by function, request_hash, run_no
    having count(*) >= min(p.retry_min_attempts)
       and count(*) filter (where status >= 400) >= min(p.retry_min_attempts) - 1
), failed as (
    select d.*,
           case when s.run_no is null then 'billed_failure' else 'retry_storm' end as kind
    from detect_calls as d
    left join runs as r using (call_key)
    left join storms as s
      on s.function = r.function and s.request_hash = r.request_hash and s.run_no = r.run_no
    where d.status >= 400 and d.cost_usd > 0
)
select kind, team, function, min(provider) as provider, report_model as model,
       count(*) as calls, sum(input_tokens + output_tokens) as tokens,
       array_to_string(list(request_id order by ts, request_id)
           filter (where request_id is not null)[1:3], ' ') as example_request_ids,
       stable_mode(histogram(system_prompt_hash)) as prompt_hash,
       sum(cost_usd) as savings_usd,
       list(call_saving(call_key, cost_usd)) as call_savings,
       printf('sum of cost_usd of the %d failed calls = %s USD', count(*),
              usd_text(sum(cost_usd))) as formula,
       'high' as confidence,
       case when kind = 'retry_storm'
            then 'retry with exponential backoff and jitter, honour retry-after, stop after '
                 || 'two attempts and fix the cause of the error'
            else 'find why these calls fail after consuming tokens (timeouts, content filter, '
                 || 'output limits) and fail before the call when the input is invalid' end
           as fix,
       printf('%d failed calls billed (statuses %s)', count(*),
              array_to_string(list(distinct cast(status as varchar) order by 1), ', '))
           as evidence
from failed
group by kind, team, function, report_model;
