-- What finance must know before trusting the totals, month to date: models with no price
-- (their tokens are counted, their cost is not), calls priced from a re-count (no usage in the
-- log), token counts that are estimates, calls with no team or function, the lines this run
-- quarantined, and late data: calls this run loaded for a day an earlier run already reported
-- (the marts are rebuilt from all calls, so that day's totals now include them).
with period as (
    select c.*
    from calls_attributed as c, report_period as p
    where c.day between p.month_start and p.report_date
)
select 'unpriced model' as issue, provider || ' / ' || model as item, count(*) as calls,
       sum(input_tokens + output_tokens) as tokens, any_value(unpriced_reason) as detail
from period where not priced group by provider, model
union all
select 'priced from token re-count (no usage logged)', provider || ' / ' || report_model,
       count(*), sum(input_tokens), 'tokens: input only; output unknown, counted as 0'
from period where cost_source = 'recount' group by provider, report_model
union all
select 'token split estimated (not an OpenAI tokenizer)', provider || ' / ' || report_model,
       count(*), sum(recount_input_tokens), 'tokens: input as re-counted with o200k_base, an estimate'
from period where token_count_method = 'estimated' group by provider, report_model
union all
select 'no team', function, count(*), sum(input_tokens + output_tokens),
       'not logged and no attribution rule matched'
from period where team = '(untagged)' group by function
union all
select 'no function', team, count(*), sum(input_tokens + output_tokens),
       'not logged and no attribution rule matched'
from period where function = '(untagged)' group by team
union all
select 'quarantined lines (this run)', q.reason, count(*), null, min(q.source_file)
from quarantine as q, report_period as p where q.run_id = p.run_id group by q.reason
union all
select 'late data (day re-aggregated)', cast(c.day as varchar), count(*),
       sum(c.input_tokens + c.output_tokens),
       'loaded by this run for a day an earlier run already reported'
from calls as c, report_period as p
where c.run_id = p.run_id
  and c.day <= (select max(r.report_date) from runs as r where r.run_id < p.run_id)
group by c.day
order by 1, 3 desc, 2;
