-- Spend and tokens by day x team x function x user x model x API key: the attribution grain.
-- cost_usd sums priced calls only; unpriced calls are counted apart, never as $0: a group of
-- unpriced calls only has a NULL spend.
create or replace table spend_daily as
select day,
       team,
       function,
       user_id,
       provider,
       report_model as model,
       api_key_id,
       count(*) as calls,
       count(*) filter (where not priced) as unpriced_calls,
       sum(input_tokens) as input_tokens,
       sum(cached_input_tokens) as cached_input_tokens,
       sum(cache_write_5m_tokens + cache_write_1h_tokens) as cache_write_tokens,
       sum(output_tokens) as output_tokens,
       sum(reasoning_tokens) as reasoning_tokens,
       sum(input_tokens + output_tokens) filter (where not priced) as unpriced_tokens,
       sum(cost_usd) as cost_usd,
       sum(uncached_input_cost_usd + cached_input_cost_usd + cache_write_cost_usd)
           as input_cost_usd,
       sum(output_cost_usd) as output_cost_usd,
       sum(system_prompt_cost_usd) as system_prompt_cost_usd,
       sum(uncached_input_cost_usd + cached_input_cost_usd + cache_write_cost_usd)
           filter (where system_prompt_cost_usd is not null) as recounted_input_cost_usd,
       count(*) filter (where cost_source = 'recount') as recount_calls
from calls_attributed
group by all;
