-- Spend and tokens by provider and model, month to date.
select provider,
       model,
       -- 0 when there were no calls that day; empty only when that day's calls are all unpriced
       case when count(*) filter (where on_report_date) = 0 then 0
            else sum(cost_usd) filter (where on_report_date) end as spend_report_date_usd,
       sum(cost_usd) as spend_month_to_date_usd,
       sum(calls) as calls,
       sum(input_tokens) as input_tokens,
       sum(cached_input_tokens) as cached_input_tokens,
       sum(cache_write_tokens) as cache_write_tokens,
       sum(output_tokens) as output_tokens,
       sum(reasoning_tokens) as reasoning_tokens,
       sum(input_cost_usd) as input_spend_usd,
       sum(output_cost_usd) as output_spend_usd,
       sum(unpriced_calls) as unpriced_calls
from spend_period
group by provider, model
order by spend_month_to_date_usd desc, provider, model;
