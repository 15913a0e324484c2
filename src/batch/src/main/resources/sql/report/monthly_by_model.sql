-- Spend by provider and model for the month. Unpriced models have no spend, never $0.
with p as (select * from monthly_period),
m as (select s.* from spend_daily as s, p where s.day between p.month_start and p.month_end)
select provider,
       model,
       sum(cost_usd) as spend_usd,
       sum(calls) as calls,
       sum(input_tokens) as input_tokens,
       sum(cached_input_tokens) as cached_input_tokens,
       sum(output_tokens) as output_tokens,
       sum(input_cost_usd) as input_spend_usd,
       sum(output_cost_usd) as output_spend_usd,
       sum(unpriced_calls) as unpriced_calls
from m
group by provider, model
order by spend_usd desc nulls last, provider, model;
