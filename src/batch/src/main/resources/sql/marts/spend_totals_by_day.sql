-- Spend by day between first_day and last_day: the one query behind the nightly by_day
-- (month to date) and the monthly monthly_by_day (the month); each selects its columns.
create or replace macro spend_totals_by_day(first_day, last_day) as table
select day,
       sum(calls) as calls,
       sum(input_tokens) as input_tokens,
       sum(output_tokens) as output_tokens,
       sum(input_tokens + output_tokens) as tokens,
       sum(cost_usd) as spend_usd,
       sum(unpriced_calls) as unpriced_calls
from spend_daily
where day between first_day and last_day
group by day;
