-- The waste figures of the Summary sheet and recommendations.md: savings identified per month
-- with each call counted once (docs/detect.md) and its share of the spend of the observed days
-- (month start through the report date; null without spend), the recommendations' stand-alone
-- monthly savings added up (they overlap: an upper bound, not a total), the number of
-- recommendations and of findings with too little evidence (CSV only), observed days.
with found as (
    select coalesce(sum(r.counted_per_month_usd), 0) as savings_per_month_usd,
           coalesce(sum(r.counted_observed_usd), 0) as savings_observed_usd,
           coalesce(sum(r.savings_per_month_usd)
               filter (where coalesce(r.recommended, true)), 0) as standalone_per_month_usd,
           count(r.id) filter (where coalesce(r.recommended, true)) as findings,
           count(r.id) filter (where not r.recommended) as low_evidence_findings
    from report_period as p
    left join recommendations as r on r.report_date = p.report_date
), spent as (
    select count(distinct c.day) as observed_days, sum(c.cost_usd) as spend_usd
    from report_period as p
    join calls as c on c.day between p.month_start and p.report_date
)
select f.savings_per_month_usd, f.savings_observed_usd, f.standalone_per_month_usd, f.findings,
       f.low_evidence_findings, s.observed_days, s.spend_usd,
       f.savings_observed_usd / nullif(s.spend_usd, 0) as share_of_spend
from found as f, spent as s;
