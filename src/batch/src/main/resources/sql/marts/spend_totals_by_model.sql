-- Spend and tokens by provider and model between first_day and last_day, with spend on
-- report_day: the one query behind the nightly by_model (month to date) and the monthly
-- monthly_by_model (the month); each selects its columns. Unpriced models have no spend, never $0.
create or replace macro spend_totals_by_model(first_day, last_day, report_day) as table
select provider,
       model,
       -- 0 when there were no calls that day; empty only when that day's calls are all unpriced
       case when count(*) filter (where day = report_day) = 0 then 0
            else sum(cost_usd) filter (where day = report_day) end as spend_report_date_usd,
       coalesce(sum(unpriced_calls) filter (where day = report_day), 0)
           as unpriced_calls_report_date,
       sum(cost_usd) as spend_usd,
       sum(calls) as calls,
       sum(input_tokens) as input_tokens,
       sum(cached_input_tokens) as cached_input_tokens,
       sum(cache_write_tokens) as cache_write_tokens,
       sum(output_tokens) as output_tokens,
       sum(reasoning_tokens) as reasoning_tokens,
       sum(input_cost_usd) as input_spend_usd,
       sum(output_cost_usd) as output_spend_usd,
       sum(unpriced_calls) as unpriced_calls
from spend_daily
where day between first_day and last_day
group by provider, model;
