-- The month's spend on calls with no team.
select coalesce(sum(s.cost_usd), 0) as untagged_usd
from spend_daily as s, monthly_period as p
where s.day between p.month_start and p.month_end and s.team = '(untagged)';
