-- Savings realized since the previous month's recommendations (docs/operations.md): each finding
-- of the previous month's latest report date is matched by id (kind, team, function, model,
-- prompt) to the findings of this month's latest report date. Realized = its monthly savings
-- then - its monthly savings now (0 when gone), never below 0. Not checked (null) when no
-- detection ran this month. Calls a gateway's response cache answered this month (LiteLLM
-- cache_hit) were not billed: what they would have cost is realized too, one row per team,
-- function and model.
with p as (select * from monthly_period),
cur_date as (select max(r.report_date) as d from recommendations as r, p
             where r.report_date between p.month_start and p.month_end),
prev_date as (select max(r.report_date) as d from recommendations as r, p
              where r.report_date between p.previous_month_start and p.previous_month_end),
prev as (select r.* from recommendations as r, prev_date where r.report_date = prev_date.d),
cur as (select r.* from recommendations as r, cur_date where r.report_date = cur_date.d),
checked as (select d is not null as yes from cur_date),
findings as (
select prev.kind, prev.team, prev.function, prev.model, prev.report_date as flagged_on,
       prev.savings_per_month_usd as flagged_usd,
       case when checked.yes then coalesce(cur.savings_per_month_usd, 0) end as now_usd,
       case when not checked.yes then 'not checked: no detection this month'
            when cur.id is null then 'gone'
            when cur.savings_per_month_usd < prev.savings_per_month_usd then 'smaller'
            else 'not smaller' end as status,
       case when checked.yes then greatest(prev.savings_per_month_usd
                                           - coalesce(cur.savings_per_month_usd, 0), 0) end
           as realized_usd,
       prev.rank as sort_rank
from prev cross join checked left join cur on cur.id = prev.id
),
cache_hits as (
select 'response cache hits' as kind, c.team, c.function, c.report_model as model,
       'realized: ' || count(*) || ' calls answered by a gateway response cache, not billed'
           as status,
       sum(c.avoided_cost_usd) as realized_usd
from calls_attributed as c, p
where c.day between p.month_start and p.month_end and c.cost_source = 'response_cache_hit'
group by c.team, c.function, c.report_model
)
select kind, team, function, model, flagged_on, flagged_usd, now_usd, status, realized_usd
from (select * from findings union all by name select * from cache_hits)
order by realized_usd desc nulls last, sort_rank nulls last, kind, team, function, model;
