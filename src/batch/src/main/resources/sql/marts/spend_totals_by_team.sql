-- Spend by team between first_day and last_day, with spend on report_day: the one query behind
-- the nightly by_team (month to date) and the monthly monthly_by_team (the month); each selects
-- its columns. share_of_spend is of the period's priced spend.
create or replace macro spend_totals_by_team(first_day, last_day, report_day) as table
with period as (select * from spend_daily where day between first_day and last_day)
select team,
       string_agg(distinct function, ', ' order by function) as functions,
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
       sum(unpriced_calls) as unpriced_calls
from period
group by team;
