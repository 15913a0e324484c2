-- Calibration of estimated token counts per non-OpenAI model.
select provider, model, measured_calls, provider_input_tokens, estimated_input_tokens, ratio,
       estimated_only_calls, estimated_only_input_tokens, calibrated_input_tokens,
       estimated_only_cost_usd, calibrated_cost_usd
from token_calibration
order by provider, model;
