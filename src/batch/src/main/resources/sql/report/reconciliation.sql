-- The Reconciliation sheet: our cost vs the bill per day x provider x model.
select day, provider, model, logged_calls, provider_requests, logged_input_tokens,
       provider_input_tokens, logged_output_tokens, provider_output_tokens, our_cost_usd,
       billed_usd, difference_usd, unlogged_usd, failed_calls_usd, token_drift_usd,
       price_drift_usd, outside_tokens_usd, unexplained_usd
from reconciliation
order by day, provider, model;
