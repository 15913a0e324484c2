-- What finance must know before trusting the totals, month to date: the calls' issues
-- (sql/staging/quality_issues.sql), the lines quarantined for the report date (by this run or
-- an earlier run for the same date: sql/marts/quarantine_reported.sql), and late data: calls
-- this run loaded for a day an earlier run already reported (the marts are rebuilt from all
-- calls, so that day's totals now include them).
select *
from quality_issues((select month_start from report_period),
                         (select report_date from report_period))
union all
select 'quarantined lines', q.reason, count(*), null, min(q.source_file)
from quarantine_reported as q group by q.reason
union all
select 'late data (day re-aggregated)', cast(c.day as varchar), count(*),
       sum(c.input_tokens + c.output_tokens),
       'loaded by this run for a day an earlier run already reported'
from calls as c, report_period as p
where c.run_id = p.run_id
  and c.day <= (select max(r.report_date) from runs as r where r.run_id < p.run_id)
group by c.day
order by 1, 3 desc, 2, 4, 5;
