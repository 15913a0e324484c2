-- Minimum evidence (docs/detect.md, llmspend.detect.min-evidence-*): a finding is a
-- recommendation only when it rests on at least min_evidence_calls calls on at least
-- min_evidence_days days and, unless it claims no savings by design (confidence info), its
-- stand-alone savings come to at least min_evidence_usd_per_month per month. The others stay in
-- recommendations.csv with confidence low; recommendations.md and the savings identified leave
-- them out. Also the month projection's inputs: days with calls from the month start through the
-- report date, days in the month.
create or replace table finding_evidence as
with observed as (
    select count(distinct c.day) as observed_days,
           dayofmonth(last_day(any_value(p.report_date))) as days_in_month
    from report_period as p
    left join calls as c on c.day between p.month_start and p.report_date
), days as (
    select id, count(distinct day) as days from finding_calls group by id
), findings as (
    select finding_id(f.kind, f.team, f.function, f.model, f.prompt_hash, f.provider, f.subject)
               as id,
           f.calls, f.confidence,
           usd_project(f.savings_usd, o.days_in_month, greatest(o.observed_days, 1))
               as savings_per_month_usd,
           o.observed_days, o.days_in_month
    from detect_findings as f, observed as o
)
select f.id, f.calls, coalesce(d.days, 0) as days, f.savings_per_month_usd, f.observed_days,
       f.days_in_month,
       f.calls >= p.min_evidence_calls and coalesce(d.days, 0) >= p.min_evidence_days
           and (f.confidence = 'info' or f.savings_per_month_usd >= p.min_evidence_usd_per_month)
           as recommended,
       printf('low evidence: %d calls on %d days, %s USD per month (a recommendation needs %d '
              || 'calls on %d days and %s USD per month)', f.calls, coalesce(d.days, 0),
              usd_text(round(f.savings_per_month_usd, 2)), p.min_evidence_calls,
              p.min_evidence_days, usd_text(p.min_evidence_usd_per_month)) as low_evidence
from findings as f
cross join detect_params as p
left join days as d using (id);
