-- Replaces the report date's recommendations with this run's findings, ranked by their
-- stand-alone monthly savings. Monthly projection = savings over the observed days x days in the
-- month / observed days (usd_project: exact, truncated at 12 decimals), for the stand-alone
-- savings and for the finding's part of the total with each call counted once (finding_totals).
-- The prompt excerpt is filled in by Java (io.llmspend.batch.detect.PromptExcerpts: secrets
-- redacted, short, masked).
delete from recommendations where report_date = (select report_date from report_period);
insert into recommendations by name
with observed as (
    select count(distinct c.day) as observed_days,
           dayofmonth(last_day(any_value(p.report_date))) as days_in_month
    from report_period as p
    left join calls as c on c.day between p.month_start and p.report_date
), identified as (
    select f.*,
           finding_id(f.kind, f.team, f.function, f.model, f.prompt_hash, f.provider, f.subject)
               as id
    from detect_findings as f
), findings as (
    select f.*,
           usd_project(f.savings_usd, o.days_in_month, greatest(o.observed_days, 1))
               as savings_per_month_usd,
           coalesce(t.counted_usd, 0) as counted_observed_usd,
           usd_project(coalesce(t.counted_usd, 0), o.days_in_month, greatest(o.observed_days, 1))
               as counted_per_month_usd,
           o.observed_days, o.days_in_month
    from identified as f
    cross join observed as o
    left join finding_totals as t using (id)
)
select p.report_date, p.run_id, f.id,
       row_number() over (order by f.savings_per_month_usd desc, f.kind, f.team, f.function,
                          f.model, f.id) as rank,
       f.kind, f.team, f.function, f.provider, f.model, f.calls, f.tokens,
       f.example_request_ids, f.prompt_hash,
       null::varchar as excerpt,
       f.observed_days, f.days_in_month, f.savings_usd as savings_observed_usd,
       f.savings_per_month_usd, f.formula, f.confidence, f.fix, f.evidence,
       f.counted_observed_usd, f.counted_per_month_usd
from findings as f
cross join report_period as p;
