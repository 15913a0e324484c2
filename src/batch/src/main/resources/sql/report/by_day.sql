-- Spend by day, month to date.
select s.day,
       sum(s.calls) as calls,
       sum(s.input_tokens) as input_tokens,
       sum(s.output_tokens) as output_tokens,
       sum(s.cost_usd) as spend_usd,
       sum(s.unpriced_calls) as unpriced_calls
from spend_daily as s, report_period as p
where s.day between p.month_start and p.report_date
group by s.day
order by s.day;
