-- What finance must know before trusting the month: the calls' issues
-- (sql/staging/quality_issues.sql) and the lines quarantined by the month's runs.
select *
from quality_issues((select month_start from monthly_period),
                         (select month_end from monthly_period))
union all
select 'quarantined lines', q.reason, count(*), null, min(q.source_file)
from quarantine as q join runs as r on r.run_id = q.run_id, monthly_period as p
where r.report_date between p.month_start and p.month_end
group by q.reason
order by 1, 3 desc, 2, 4, 5;
