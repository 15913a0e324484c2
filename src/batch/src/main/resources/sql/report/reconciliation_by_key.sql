-- Logged usage vs provider usage per day x provider x model x project x API key, with the cause.
select day, provider, model, project_id, api_key_id, logged_calls, logged_failed_calls, provider_requests,
       logged_input_tokens, provider_input_tokens, logged_cached_input_tokens,
       provider_cached_input_tokens, logged_cache_write_tokens, provider_cache_write_tokens,
       logged_output_tokens, provider_output_tokens, our_cost_usd, expected_cost_usd, cause
from reconcile_usage_by_key
order by day, provider, model, project_id, api_key_id;
