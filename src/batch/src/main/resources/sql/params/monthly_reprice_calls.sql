-- The month's calls as stored, to re-price from their tokens and server-tool requests: ? = month
-- start (twice). Response-cache hits cost $0 whatever the book says and are left as they are.
select call_key, provider, model, deployment, ts, batch, service_tier,
       uncached_input_tokens, cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens,
       output_tokens, reasoning_tokens, server_tool_requests
from calls
where day between cast(? as date) and last_day(cast(? as date))
  and cost_source <> 'response_cache_hit';
