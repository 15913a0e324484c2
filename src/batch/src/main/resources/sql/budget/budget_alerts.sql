-- Alerts of this run: every threshold a budget and member has reached in its current period
-- that it had not reached at the last run for an earlier report date (same period start), and
-- 'exceeded' when it went above its limit since then. A budget new since that run alerts every
-- threshold it has already reached. Re-running a night writes the same alerts again.
insert into budget_alerts
with run as (select * from report_period),
previous_run as (
    select arg_max(s.run_id, (s.report_date, s.run_id)) as run_id, max(s.report_date) as report_date
    from budget_status as s, run
    where s.report_date < run.report_date
),
now as (
    select s.* from budget_status as s, run
    where s.run_id = run.run_id and s.report_date = run.report_date
),
before as (
    select s.* from budget_status as s, previous_run as p
    where s.run_id = p.run_id and s.report_date = p.report_date
),
reached as (
    select n.*, cast(unnest(string_split(n.thresholds, ',')) as integer) as threshold_pct
    from now as n
),
crossed as (
    select r.*, 'threshold' as alert from reached as r
    where r.spent_usd * 100 >= r.limit_usd * r.threshold_pct
      and not exists (
          select 1 from before as b
          where b.budget = r.budget and b.member = r.member and b.period_start = r.period_start
            and b.spent_usd * 100 >= b.limit_usd * r.threshold_pct)
    union all
    select n.*, null as threshold_pct, 'exceeded' as alert from now as n
    where n.status = 'exceeded'
      and not exists (
          select 1 from before as b
          where b.budget = n.budget and b.member = n.member and b.period_start = n.period_start
            and b.status = 'exceeded')
)
select run_id, report_date, budget, member, period_start, alert, threshold_pct, spent_usd,
       limit_usd, percent_used, enforcement, owner
from crossed;
