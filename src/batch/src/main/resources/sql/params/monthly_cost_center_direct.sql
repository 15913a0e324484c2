-- Direct spend of each cost center in the month (untagged calls apart): teams with no cost
-- center in the map are charged to '(no cost center)'. Unpriced calls add no spend.
select coalesce(c.cost_center, '(no cost center)') as cost_center,
       string_agg(distinct s.team, ', ' order by s.team) as teams,
       coalesce(sum(s.cost_usd), 0) as direct_usd
from spend_daily as s
join monthly_period as p on s.day between p.month_start and p.month_end
left join cost_centers as c on c.team = s.team
where s.team <> '(untagged)'
group by 1;
