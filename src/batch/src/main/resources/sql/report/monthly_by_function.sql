-- Spend by team and function (feature) for the month (sql/marts/spend_totals_by_function.sql).
select team, function, spend_usd, share_of_spend, calls, input_tokens, output_tokens,
       unpriced_calls
from spend_totals_by_function((select month_start from monthly_period),
                              (select month_end from monthly_period),
                              (select month_end from monthly_period))
order by spend_usd desc nulls last, team, function;
