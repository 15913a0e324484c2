-- The report date's waste findings, largest stand-alone monthly savings first (docs/detect.md):
-- savings_* stand-alone (the finding fixed alone), counted_* its part of the savings identified
-- with each call counted once. Findings with too little evidence (recommended false, confidence
-- low) come last.
select r.rank, r.id, r.kind, r.team, r.function, r.provider, r.model, r.calls, r.tokens,
       r.example_request_ids, r.prompt_hash, r.excerpt, r.observed_days, r.days_in_month,
       r.savings_observed_usd, r.savings_per_month_usd,
       coalesce(r.counted_observed_usd, 0) as counted_observed_usd,
       coalesce(r.counted_per_month_usd, 0) as counted_per_month_usd,
       r.formula, r.confidence, r.fix, r.evidence, coalesce(r.recommended, true) as recommended
from recommendations as r, report_period as p
where r.report_date = p.report_date
order by r.rank;
