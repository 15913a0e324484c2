-- Showback by team for the month, with each team's cost center.
with p as (select * from monthly_period),
m as (select s.* from spend_daily as s, p where s.day between p.month_start and p.month_end)
select m.team,
       coalesce(c.cost_center, case when m.team = '(untagged)' then '(unallocated)'
                                    else '(no cost center)' end) as cost_center,
       sum(m.cost_usd) as spend_usd,
       cast(sum(m.cost_usd) / nullif((select sum(cost_usd) from m), 0) as decimal(10, 6))
           as share_of_spend,
       sum(m.calls) as calls,
       sum(m.input_tokens) as input_tokens,
       sum(m.output_tokens) as output_tokens,
       sum(m.unpriced_calls) as unpriced_calls
from m left join cost_centers as c on c.team = m.team
group by all
order by spend_usd desc nulls last, m.team;
