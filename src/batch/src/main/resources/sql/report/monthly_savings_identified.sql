-- Savings identified in the month: the recommendations of the month's latest report date (those
-- with too little evidence left out, docs/detect.md). savings_per_month_usd: the finding's part of the savings identified with
-- each call counted once (docs/detect.md), so the rows add up to the month's savings
-- identified; standalone_per_month_usd: the finding fixed alone (findings overlap: no total).
with p as (select * from monthly_period),
latest as (select max(r.report_date) as d from recommendations as r, p
           where r.report_date between p.month_start and p.month_end)
select r.rank, r.kind, r.team, r.function, r.provider, r.model, r.report_date as as_of,
       r.confidence, coalesce(r.counted_per_month_usd, 0) as savings_per_month_usd,
       r.savings_per_month_usd as standalone_per_month_usd, r.fix
from recommendations as r, latest
where r.report_date = latest.d and coalesce(r.recommended, true)
order by r.rank;
