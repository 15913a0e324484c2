-- Spend by day of the month (days with calls).
select s.day,
       sum(s.calls) as calls,
       sum(s.input_tokens + s.output_tokens) as tokens,
       sum(s.cost_usd) as spend_usd,
       sum(s.unpriced_calls) as unpriced_calls
from spend_daily as s, monthly_period as p
where s.day between p.month_start and p.month_end
group by s.day
order by s.day;
