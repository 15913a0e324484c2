-- The members to correct in Redis: this run's budget status, the true spend of each period
-- through the report date.
select s.budget, s.member, s.spent_usd
from budget_status as s, report_period as p
where s.run_id = p.run_id and s.report_date = p.report_date
order by s.budget, s.member;
