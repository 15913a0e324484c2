-- What finance must know about the calls of a period before trusting its totals: models with no
-- price (their tokens are counted, their cost is not), calls priced from a re-count (no usage in
-- the log), token counts that are estimates, calls with no team or function, usage counts no
-- rule prices ('usage key not understood', by key) or that a source leaves ambiguous (priced as
-- the reading that bills more), and response-cache hits (not billed: the cost they avoided is a
-- saving already realized). Used by the nightly
-- and the monthly data-quality reports: quality_issues(first_day, last_day).
create or replace macro quality_issues(first_day, last_day) as table
with period as (
    select * from calls_attributed where day between first_day and last_day
)
select 'unpriced model' as issue, provider || ' / ' || model as item, count(*) as calls,
       sum(input_tokens + output_tokens) as tokens,
       'tokens: input + output; ' || min(unpriced_reason) as detail
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
select case when note like 'usage key not understood: %' then 'usage key not understood'
            else 'usage read as an upper bound' end,
       case when note like 'usage key not understood: %'
            then substr(note, length('usage key not understood: ') + 1) else note end,
       count(*), sum(input_tokens + output_tokens),
       'tokens: input + output of the calls; ' || string_agg(distinct provider || ' / ' || model, ', ' order by provider || ' / ' || model)
from (select *, unnest(string_split(usage_notes, '; ')) as note from period
      where usage_notes is not null)
group by note
union all
select 'response cache hits (not billed, savings realized)', provider || ' / ' || report_model,
       count(*), 0,
       'avoided USD: ' || coalesce(cast(sum(avoided_cost_usd) as varchar), 'unknown (unpriced)')
from period where cost_source = 'response_cache_hit' group by provider, report_model;
