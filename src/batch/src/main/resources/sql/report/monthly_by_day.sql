-- Spend by day of the month (days with calls; sql/marts/spend_totals_by_day.sql).
select day, calls, tokens, spend_usd, unpriced_calls
from spend_totals_by_day((select month_start from monthly_period),
                         (select month_end from monthly_period))
order by day;
