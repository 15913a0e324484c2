-- Spend by team, month to date through the report date (showback;
-- sql/marts/spend_totals_by_team.sql).
select team, functions, spend_report_date_usd, spend_usd as spend_month_to_date_usd,
       share_of_spend, calls, input_tokens, output_tokens, unpriced_calls,
       unpriced_calls_report_date
from spend_totals_by_team((select month_start from report_period),
                          (select report_date from report_period),
                          (select report_date from report_period))
order by spend_month_to_date_usd desc, team;
