-- Budgets of this run: one row per budget and member, exceeded first, then warnings, then by
-- percent used.
select s.budget, s.scope, s.member, s.period, s.period_start, s.period_end, s.limit_usd,
       s.spent_usd, s.remaining_usd, s.percent_used, s.status, s.threshold_reached_pct,
       s.forecast_usd, s.forecast_percent, s.projected_breach_date, s.exceeded_on, s.enforcement,
       s.owner, s.unpriced_calls, l.live_usd as live_spent_usd, l.drift_usd as live_drift_usd
from budget_status as s
join report_period as p on s.run_id = p.run_id and s.report_date = p.report_date
left join budget_live as l on l.run_id = s.run_id and l.report_date = s.report_date
     and l.budget = s.budget and l.member = s.member
order by case s.status when 'exceeded' then 0 when 'warning' then 1 else 2 end,
         s.percent_used desc, s.budget, s.member;
