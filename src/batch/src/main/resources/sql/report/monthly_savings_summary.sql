-- The monthly Cover's savings lines: the savings identified of the month's latest report date
-- (each call counted once, recommendations only; docs/detect.md), per month, and their share of
-- the spend of the days they were observed on (month start through that date). as_of null: no
-- detection ran this month.
with p as (select * from monthly_period),
latest as (select max(r.report_date) as d from recommendations as r, p
           where r.report_date between p.month_start and p.month_end),
found as (select sum(coalesce(r.counted_per_month_usd, 0)) as per_month,
                 sum(coalesce(r.counted_observed_usd, 0)) as observed
          from recommendations as r, latest
          where r.report_date = latest.d and coalesce(r.recommended, true)),
spent as (select sum(c.cost_usd) as spend from calls as c, p, latest
          where c.day between p.month_start and latest.d)
select latest.d as as_of, coalesce(found.per_month, 0) as savings_per_month_usd,
       coalesce(found.observed, 0) / nullif(spent.spend, 0) as share_of_spend
from latest, found, spent;
