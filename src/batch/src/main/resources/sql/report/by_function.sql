-- Spend by function (feature), month to date, with the system prompt's share of input spend
-- (over calls whose request body was re-counted; sql/marts/spend_totals_by_function.sql).
select team, function, spend_report_date_usd, spend_usd as spend_month_to_date_usd,
       share_of_spend, calls, input_tokens, output_tokens, cost_per_call_usd,
       system_prompt_spend_usd, system_prompt_share_of_input_spend, unpriced_calls,
       unpriced_calls_report_date
from spend_totals_by_function((select month_start from report_period),
                              (select report_date from report_period),
                              (select report_date from report_period))
order by spend_month_to_date_usd desc, team, function;
