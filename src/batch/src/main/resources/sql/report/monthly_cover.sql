-- The cover of the monthly workbook: one row. Completeness: days of the month with calls, calls
-- with no price, calls priced from a re-count, calls with no team, lines quarantined by the
-- nightly runs of the month.
with p as (select * from monthly_period),
m as (select s.* from spend_daily as s, p where s.day between p.month_start and p.month_end)
select p.month_start,
       p.month_end,
       p.run_id,
       p.price_book_version,
       coalesce((select sum(cost_usd) from m), 0) as spend_usd,
       coalesce((select sum(calls) from m), 0) as calls,
       (select count(distinct day) from m) as days_with_data,
       datediff('day', p.month_start, p.month_end) + 1 as days_in_month,
       (select min(day) from m) as first_day,
       (select max(day) from m) as last_day,
       coalesce((select sum(unpriced_calls) from m), 0) as unpriced_calls,
       coalesce((select sum(recount_calls) from m), 0) as recount_calls,
       coalesce((select sum(calls) from m where team = '(untagged)'), 0) as untagged_calls,
       coalesce((select sum(cost_usd) from m where team = '(untagged)'), 0) as untagged_spend_usd,
       (select count(*) from quarantine as q join runs as r on r.run_id = q.run_id
        where r.report_date between p.month_start and p.month_end) as quarantined_lines
from p;
