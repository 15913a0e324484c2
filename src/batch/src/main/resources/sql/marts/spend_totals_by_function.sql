-- Spend by team and function between first_day and last_day, with spend on report_day: the one
-- query behind the nightly by_function (month to date) and the monthly monthly_by_function (the
-- month); each selects its columns. The system prompt's share of input spend is over the calls
-- whose request body was re-counted.
create or replace macro spend_totals_by_function(first_day, last_day, report_day) as table
with period as (select * from spend_daily where day between first_day and last_day)
select team,
       function,
       -- 0 when there were no calls that day; empty only when that day's calls are all unpriced
       case when count(*) filter (where day = report_day) = 0 then 0
            else sum(cost_usd) filter (where day = report_day) end as spend_report_date_usd,
       coalesce(sum(unpriced_calls) filter (where day = report_day), 0)
           as unpriced_calls_report_date,
       sum(cost_usd) as spend_usd,
       cast(sum(cost_usd) / nullif((select sum(cost_usd) from period), 0) as decimal(10, 6))
           as share_of_spend,
       sum(calls) as calls,
       sum(input_tokens) as input_tokens,
       sum(output_tokens) as output_tokens,
       -- over the priced calls: an unpriced call has no cost, not a cost of $0
       cast(sum(cost_usd) / nullif(sum(calls) - sum(unpriced_calls), 0) as decimal(24, 8))
           as cost_per_call_usd,
       sum(system_prompt_cost_usd) as system_prompt_spend_usd,
       cast(sum(system_prompt_cost_usd) / nullif(sum(recounted_input_cost_usd), 0)
           as decimal(10, 6)) as system_prompt_share_of_input_spend,
       sum(unpriced_calls) as unpriced_calls
from period
group by team, function;
