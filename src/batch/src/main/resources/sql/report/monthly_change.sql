-- Month over month by team: this month, the month before, the change in USD and percent.
-- A month before without a single call has no data: its spend and the change are NULL (the
-- sheet says "no data", never $0.00); a team that spent nothing in a month with calls has 0, and
-- its change percent is empty.
with p as (select * from monthly_period),
previous as (
    select count(*) > 0 as has_data
    from spend_daily as s, p
    where s.day between p.previous_month_start and p.previous_month_end
),
spend as (
    select s.team,
           sum(s.cost_usd) filter (where s.day between p.month_start and p.month_end)
               as this_month,
           sum(s.cost_usd) filter (where s.day between p.previous_month_start
                                                   and p.previous_month_end) as previous_month
    from spend_daily as s, p
    where s.day between p.previous_month_start and p.month_end
    group by s.team
)
select team,
       coalesce(this_month, 0) as spend_usd,
       case when previous.has_data then coalesce(previous_month, 0) end
           as previous_month_spend_usd,
       case when previous.has_data then coalesce(this_month, 0) - coalesce(previous_month, 0) end
           as change_usd,
       cast((coalesce(this_month, 0) - previous_month) / nullif(previous_month, 0)
            as decimal(12, 6)) as change_percent
from spend, previous
order by spend_usd desc, team;
