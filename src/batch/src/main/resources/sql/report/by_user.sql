-- Spend by user, month to date.
select user_id as "user",
       string_agg(distinct team, ', ' order by team) as teams,
       -- 0 when there were no calls that day; empty only when that day's calls are all unpriced
       case when count(*) filter (where on_report_date) = 0 then 0
            else sum(cost_usd) filter (where on_report_date) end as spend_report_date_usd,
       coalesce(sum(unpriced_calls) filter (where on_report_date), 0)
           as unpriced_calls_report_date,
       sum(cost_usd) as spend_month_to_date_usd,
       sum(calls) as calls,
       sum(input_tokens) as input_tokens,
       sum(output_tokens) as output_tokens,
       sum(unpriced_calls) as unpriced_calls
from spend_period
group by user_id
order by spend_month_to_date_usd desc, "user";
