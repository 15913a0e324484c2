-- Per budget of this run and member: spend in the current period through the report date,
-- unpriced calls, the run-rate window's spend on weekdays and on weekend days (Saturday, Sunday),
-- and the first day the period's spend went above the limit. Members of '*' budgets are the
-- values with calls in the period or the window; a named member always has a row (zero spend
-- when it has no calls). The forecast itself is BigDecimal arithmetic in Java.
with run as (select * from report_period),
defs as (
    select d.* from budget_definitions as d, run
    where d.run_id = run.run_id and d.report_date = run.report_date
),
first_day as (select min(day) as first_day from calls),
daily as (
    select c.day, c.team, c.function, c.user_id, c.report_model, c.api_key_id, c.tags,
           sum(c.cost_usd) as cost_usd, count(*) filter (where not c.priced) as unpriced_calls
    from calls_attributed as c, run
    where c.day <= run.report_date
      and c.day >= (select min(least(period_start, forecast_window_start)) from defs)
    group by all
),
member_daily as (
    select d.name, s.day, s.cost_usd, s.unpriced_calls,
           case d.scope
               when 'global' then '(all)'
               when 'team' then s.team
               when 'function' then s.function
               when 'user' then s.user_id
               when 'model' then s.report_model
               when 'api_key' then s.api_key_id
               when 'tag' then coalesce(
                   json_extract_string(s.tags, '$."' || d.tag_key || '"'), '(none)')
           end as member
    from daily as s
    join defs as d on s.day >= least(d.period_start, d.forecast_window_start)
),
matched as (
    select m.name, m.member, m.day, sum(m.cost_usd) as cost_usd,
           sum(m.unpriced_calls) as unpriced_calls
    from member_daily as m
    join defs as d using (name)
    where d.member = '*' or m.member = d.member
    group by all
),
members as (
    select distinct name, member from matched
    union
    select name, member from defs where member <> '*'
),
windows as (
    select d.name, greatest(d.forecast_window_start, coalesce(f.first_day, d.forecast_window_start))
               as window_start
    from defs as d, first_day as f
),
totals as (
    select m.name, m.member,
           sum(m.cost_usd) filter (where m.day >= d.period_start) as spent_usd,
           sum(m.unpriced_calls) filter (where m.day >= d.period_start) as unpriced_calls,
           sum(m.cost_usd) filter (where m.day >= w.window_start and isodow(m.day) < 6)
               as window_weekday_usd,
           sum(m.cost_usd) filter (where m.day >= w.window_start and isodow(m.day) >= 6)
               as window_weekend_usd
    from matched as m
    join defs as d using (name)
    join windows as w using (name)
    group by all
),
running as (
    select m.name, m.member, m.day,
           sum(m.cost_usd) over (partition by m.name, m.member order by m.day) as cum_usd
    from matched as m
    join defs as d using (name)
    where m.day >= d.period_start
),
exceeded as (
    select r.name, r.member, min(r.day) as exceeded_on
    from running as r
    join defs as d using (name)
    where r.cum_usd > d.limit_usd
    group by all
)
select d.name, d.scope, d.period, d.period_start, d.period_end, d.limit_usd, d.thresholds,
       d.enforcement, d.owner,
       case when d.tag_key is null then mb.member else d.tag_key || '=' || mb.member end
           as member,
       w.window_start,
       coalesce(t.spent_usd, 0) as spent_usd,
       coalesce(t.unpriced_calls, 0) as unpriced_calls,
       coalesce(t.window_weekday_usd, 0) as window_weekday_usd,
       coalesce(t.window_weekend_usd, 0) as window_weekend_usd,
       e.exceeded_on
from defs as d
join members as mb using (name)
join windows as w using (name)
left join totals as t on t.name = d.name and t.member = mb.member
left join exceeded as e on e.name = d.name and e.member = mb.member
order by d.source_line, mb.member;
