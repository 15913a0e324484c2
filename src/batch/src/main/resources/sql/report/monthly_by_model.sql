-- Spend by provider and model for the month (sql/marts/spend_totals_by_model.sql). Unpriced
-- models have no spend, never $0.
select provider, model, spend_usd, calls, input_tokens, cached_input_tokens, output_tokens,
       input_spend_usd, output_spend_usd, unpriced_calls
from spend_totals_by_model((select month_start from monthly_period),
                           (select month_end from monthly_period),
                           (select month_end from monthly_period))
order by spend_usd desc nulls last, provider, model;
