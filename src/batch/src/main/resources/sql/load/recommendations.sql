-- Replaces the report date's recommendations with this run's findings: those with enough evidence
-- (finding_evidence) first, each group ranked by stand-alone monthly savings; the others with
-- confidence low and why in their evidence. Monthly projection = savings over the observed days
-- x days in the month / observed days (usd_project: exact, truncated at 12 decimals), for the
-- stand-alone savings and for the finding's part of the total with each call counted once
-- (finding_totals). The prompt excerpt is filled in by Java
-- (io.llmspend.batch.detect.PromptExcerpts: secrets redacted, short, masked).
delete from recommendations where report_date = (select report_date from report_period);
insert into recommendations by name
with identified as (
    select f.*,
           finding_id(f.kind, f.team, f.function, f.model, f.prompt_hash, f.provider, f.subject)
               as id
    from detect_findings as f
), findings as (
    select f.*, e.savings_per_month_usd, e.observed_days,
           e.days_in_month, e.recommended, e.low_evidence,
           coalesce(t.counted_usd, 0) as counted_observed_usd,
           usd_project(coalesce(t.counted_usd, 0), e.days_in_month,
                       greatest(e.observed_days, 1)) as counted_per_month_usd
    from identified as f
    join finding_evidence as e using (id)
    left join finding_totals as t using (id)
)
select p.report_date, p.run_id, f.id,
       row_number() over (order by f.recommended desc, f.savings_per_month_usd desc, f.kind,
                          f.team, f.function, f.model, f.id) as rank,
       f.kind, f.team, f.function, f.provider, f.model, f.calls, f.tokens,
       f.example_request_ids, f.prompt_hash,
       null::varchar as excerpt,
       f.observed_days, f.days_in_month, f.savings_usd as savings_observed_usd,
       f.savings_per_month_usd, f.formula,
       case when f.recommended then f.confidence else 'low' end as confidence,
       f.fix,
       case when f.recommended then f.evidence else f.evidence || '; ' || f.low_evidence end
           as evidence,
       f.counted_observed_usd, f.counted_per_month_usd, f.recommended
from findings as f
cross join report_period as p;
