-- What a provider would report for the loaded calls: tokens per day x provider x model x API
-- key x batch x service tier, OpenAI and Anthropic only; with the part from calls that failed
-- with a 5xx (the generator bills their unlogged first attempt again, see ExportsGenerator).
select day, provider, model, coalesce(price_model, model) as price_model, api_key_id, batch,
       coalesce(service_tier, case when batch then 'batch' end) as service_tier,
       count(*) as requests,
       sum(uncached_input_tokens) as uncached, sum(cached_input_tokens) as cached,
       sum(cache_write_5m_tokens) as write_5m, sum(cache_write_1h_tokens) as write_1h,
       sum(output_tokens) as output,
       count(*) filter (where status >= 500) as failed_requests,
       coalesce(sum(uncached_input_tokens) filter (where status >= 500), 0) as failed_uncached,
       coalesce(sum(cached_input_tokens) filter (where status >= 500), 0) as failed_cached,
       coalesce(sum(cache_write_5m_tokens) filter (where status >= 500), 0) as failed_write_5m,
       coalesce(sum(cache_write_1h_tokens) filter (where status >= 500), 0) as failed_write_1h,
       coalesce(sum(output_tokens) filter (where status >= 500), 0) as failed_output
from calls
where provider in ('openai', 'anthropic')
group by all
order by day, provider, model, api_key_id nulls first, batch, service_tier nulls first;
