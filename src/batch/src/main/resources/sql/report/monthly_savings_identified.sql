-- Savings identified in the month: the waste findings of the month's latest report date
-- (recommendations), each with its estimated savings per month in USD.
with p as (select * from monthly_period),
latest as (select max(r.report_date) as d from recommendations as r, p
           where r.report_date between p.month_start and p.month_end)
select r.rank, r.kind, r.team, r.function, r.provider, r.model, r.report_date as as_of,
       r.confidence, r.savings_per_month_usd, r.fix
from recommendations as r, latest
where r.report_date = latest.d
order by r.rank;
