-- The largest budgets of this run (by limit), for the chart of spend against budget.
select s.budget || case when s.member = '(all)' then '' else ' / ' || s.member end as label,
       s.spent_usd, s.limit_usd, s.forecast_usd
from budget_status as s, report_period as p
where s.run_id = p.run_id and s.report_date = p.report_date
order by s.limit_usd desc, s.budget, s.member
limit 10;
