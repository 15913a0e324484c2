-- Calibration of estimated token counts: per non-OpenAI model, the ratio of the provider's
-- input tokens to our o200k_base estimate, measured on calls that have both (usage and a
-- re-counted request body), and applied to calls priced from the estimate alone (cost_source =
-- 'recount'): their input tokens and cost times the ratio (rounded to 6 decimals).
create or replace table token_calibration as
with both_counts as (
    select provider, coalesce(price_model, model) as model,
           count(*) filter (where cost_source = 'provider_usage'
                            and recount_input_tokens > 0) as measured_calls,
           sum(input_tokens) filter (where cost_source = 'provider_usage'
                                     and recount_input_tokens > 0) as provider_input_tokens,
           sum(recount_input_tokens) filter (where cost_source = 'provider_usage'
                                             and recount_input_tokens > 0) as estimated_input_tokens,
           count(*) filter (where cost_source = 'recount') as estimated_only_calls,
           sum(input_tokens) filter (where cost_source = 'recount') as estimated_only_input_tokens,
           sum(cost_usd) filter (where cost_source = 'recount') as estimated_only_cost_usd
    from calls
    where token_count_method = 'estimated'
    group by all
),
ratios as (
    select *, case when estimated_input_tokens > 0
                   then cast(provider_input_tokens / estimated_input_tokens as decimal(18, 6))
              end as ratio
    from both_counts
)
select provider, model, measured_calls, provider_input_tokens, estimated_input_tokens, ratio,
       estimated_only_calls, coalesce(estimated_only_input_tokens, 0) as estimated_only_input_tokens,
       cast(round(estimated_only_input_tokens * ratio) as bigint) as calibrated_input_tokens,
       estimated_only_cost_usd,
       cast(estimated_only_cost_usd * ratio as decimal(38, 12)) as calibrated_cost_usd
from ratios;
