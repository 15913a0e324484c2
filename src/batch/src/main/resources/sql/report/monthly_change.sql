-- Month over month by team: this month, the month before, the change in USD and percent
-- (empty when the team spent nothing the month before).
with p as (select * from monthly_period),
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
       coalesce(previous_month, 0) as previous_month_spend_usd,
       coalesce(this_month, 0) - coalesce(previous_month, 0) as change_usd,
       cast((coalesce(this_month, 0) - previous_month) / nullif(previous_month, 0)
            as decimal(12, 6)) as change_percent
from spend
order by spend_usd desc, team;
