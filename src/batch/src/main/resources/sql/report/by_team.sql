-- Spend by team, month to date through the report date (showback).
with total as (select sum(cost_usd) as total_cost_usd from spend_period)
select team,
       string_agg(distinct function, ', ' order by function) as functions,
       -- 0 when there were no calls that day; empty only when that day's calls are all unpriced
       case when count(*) filter (where on_report_date) = 0 then 0
            else sum(cost_usd) filter (where on_report_date) end as spend_report_date_usd,
       sum(cost_usd) as spend_month_to_date_usd,
       cast(sum(cost_usd) / nullif(any_value(total.total_cost_usd), 0) as decimal(10, 6))
           as share_of_spend,
       sum(calls) as calls,
       sum(input_tokens) as input_tokens,
       sum(output_tokens) as output_tokens,
       sum(unpriced_calls) as unpriced_calls
from spend_period, total
group by team
order by spend_month_to_date_usd desc, team;
