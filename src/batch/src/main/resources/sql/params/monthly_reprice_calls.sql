-- The month's calls as stored, to re-price from their tokens: ? = month start (twice).
select call_key, provider, model, deployment, ts, batch, service_tier,
       uncached_input_tokens, cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens,
       output_tokens, reasoning_tokens
from calls
where day between cast(? as date) and last_day(cast(? as date));
