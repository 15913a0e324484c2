-- Spend by day, month to date (sql/marts/spend_totals_by_day.sql).
select day, calls, input_tokens, output_tokens, spend_usd, unpriced_calls
from spend_totals_by_day((select month_start from report_period),
                         (select report_date from report_period))
order by day;
