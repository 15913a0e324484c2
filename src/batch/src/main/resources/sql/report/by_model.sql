-- Spend and tokens by provider and model, month to date (sql/marts/spend_totals_by_model.sql).
select provider, model, spend_report_date_usd, spend_usd as spend_month_to_date_usd, calls,
       input_tokens, cached_input_tokens, cache_write_tokens, output_tokens, reasoning_tokens,
       input_spend_usd, output_spend_usd, unpriced_calls, unpriced_calls_report_date
from spend_totals_by_model((select month_start from report_period),
                           (select report_date from report_period),
                           (select report_date from report_period))
order by spend_month_to_date_usd desc, provider, model;
