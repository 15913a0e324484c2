-- What finance must know before trusting the month: unpriced models (tokens counted, cost not),
-- calls priced from a re-count, calls with no team, lines quarantined by the month's runs.
with p as (select * from monthly_period),
m as (select c.* from calls_attributed as c, p where c.day between p.month_start and p.month_end)
select 'unpriced model' as issue, provider || ' / ' || model as item, count(*) as calls,
       sum(input_tokens + output_tokens) as tokens, any_value(unpriced_reason) as detail
from m where not priced group by provider, model
union all
select 'priced from token re-count (no usage logged)', provider || ' / ' || report_model,
       count(*), sum(input_tokens), 'output tokens unknown: counted as 0'
from m where cost_source = 'recount' group by provider, report_model
union all
select 'no team', function, count(*), sum(input_tokens + output_tokens),
       'not logged and no attribution rule matched'
from m where team = '(untagged)' group by function
union all
select 'quarantined lines', q.reason, count(*), null, min(q.source_file)
from quarantine as q join runs as r on r.run_id = q.run_id, p
where r.report_date between p.month_start and p.month_end
group by q.reason
order by 1, 3 desc, 2;
