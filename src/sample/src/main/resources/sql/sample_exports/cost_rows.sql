-- What a provider would bill for the loaded calls at our price book: USD per day x provider x
-- model by token class, OpenAI and Anthropic, priced calls only; with the part from 5xx calls.
select day, provider, model, coalesce(price_model, model) as price_model,
       sum(uncached_input_cost_usd) as input, sum(cached_input_cost_usd) as cached_input,
       sum(cache_write_cost_usd) as cache_write, sum(output_cost_usd) as output,
       sum(cache_write_1h_tokens) > sum(cache_write_5m_tokens) as mostly_1h,
       coalesce(sum(uncached_input_cost_usd) filter (where status >= 500), 0) as failed_input,
       coalesce(sum(cached_input_cost_usd) filter (where status >= 500), 0) as failed_cached_input,
       coalesce(sum(cache_write_cost_usd) filter (where status >= 500), 0) as failed_cache_write,
       coalesce(sum(output_cost_usd) filter (where status >= 500), 0) as failed_output
from calls
where provider in ('openai', 'anthropic') and priced
group by all
order by day, provider, model;
