-- Budget thresholds crossed since the last run for an earlier report date (see budget_alerts).
select a.budget, a.member, a.period_start, a.alert, a.threshold_pct, a.spent_usd, a.limit_usd,
       a.percent_used, a.enforcement, a.owner
from budget_alerts as a, report_period as p
where a.run_id = p.run_id and a.report_date = p.report_date
order by a.budget, a.member, a.alert desc, a.threshold_pct;
