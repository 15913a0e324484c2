-- Spend by team and function (feature) for the month.
with p as (select * from monthly_period),
m as (select s.* from spend_daily as s, p where s.day between p.month_start and p.month_end)
select team,
       function,
       sum(cost_usd) as spend_usd,
       cast(sum(cost_usd) / nullif((select sum(cost_usd) from m), 0) as decimal(10, 6))
           as share_of_spend,
       sum(calls) as calls,
       sum(input_tokens) as input_tokens,
       sum(output_tokens) as output_tokens,
       sum(unpriced_calls) as unpriced_calls
from m
group by team, function
order by spend_usd desc nulls last, team, function;
