-- Replaces the report date's recommendations with this run's findings, ranked by monthly
-- savings. Monthly projection = savings over the observed days x days in the month / observed
-- days (usd_project: exact, truncated at 12 decimals). The prompt excerpt is filled in by Java
-- (io.llmspend.batch.detect.PromptExcerpts: secrets redacted, short, masked).
delete from recommendations where report_date = (select report_date from report_period);
insert into recommendations
with observed as (
    select count(distinct c.day) as observed_days,
           dayofmonth(last_day(any_value(p.report_date))) as days_in_month
    from report_period as p
    left join calls as c on c.day between p.month_start and p.report_date
), findings as (
    select f.*,
           upper(case f.kind when 'repeated_request' then 'RR' when 'cacheable_prefix' then 'CP'
                   when 'cache_write_unread' then 'CW' when 'long_system_prompt' then 'SP'
                   when 'right_size_model' then 'RS' when 'over_reserved_max_tokens' then 'MT'
                   when 'billed_failure' then 'BF' when 'retry_storm' then 'RT'
                   when 'batch_candidate' then 'BC' when 'growing_history' then 'GH'
                   when 'near_duplicate_prompt' then 'ND'
                   else 'XX' end) || '-'
               || upper(left(md5(concat_ws('|', f.kind, f.team, f.function, f.model,
                                           f.prompt_hash, f.provider, f.subject)), 8)) as id,
           usd_project(f.savings_usd, o.days_in_month, greatest(o.observed_days, 1))
               as savings_per_month_usd,
           o.observed_days, o.days_in_month
    from detect_findings as f, observed as o
)
select p.report_date, p.run_id, f.id,
       row_number() over (order by f.savings_per_month_usd desc, f.kind, f.team, f.function,
                          f.model, f.id) as rank,
       f.kind, f.team, f.function, f.provider, f.model, f.calls, f.tokens,
       f.example_request_ids, f.prompt_hash,
       null::varchar as excerpt,
       f.observed_days, f.days_in_month, f.savings_usd, f.savings_per_month_usd,
       f.formula, f.confidence, f.fix, f.evidence
from findings as f
cross join report_period as p;
