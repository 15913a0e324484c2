-- Budget vs actual for the month: the monthly budgets (period 'month' starting on the month's
-- first day) as the month's last nightly run evaluated them in budget_status (latest report date
-- in the month, its latest run), one row per budget and member. Actual is the spend from the
-- month start through that report date (as_of); variance = budget - actual, negative when over.
with p as (select * from monthly_period),
latest as (
    select s.report_date, max(s.run_id) as run_id
    from budget_status as s, p
    where s.report_date = (select max(x.report_date) from budget_status as x
                           where x.report_date between p.month_start and p.month_end)
    group by s.report_date
)
select s.budget || case when s.member = '(all)' then '' else ' (' || s.member || ')' end as label,
       s.budget, s.scope, s.member, s.report_date as as_of,
       s.limit_usd as budget_usd,
       s.spent_usd as actual_usd,
       s.limit_usd - s.spent_usd as variance_usd,
       cast(s.spent_usd / nullif(s.limit_usd, 0) as decimal(18, 6)) as percent_used,
       s.status, s.owner
from budget_status as s
join latest as l on l.report_date = s.report_date and l.run_id = s.run_id
cross join p
where s.period = 'month' and s.period_start = p.month_start
order by s.budget, s.member;
