-- Reconciliation to the provider bill for the month, by provider: the rows of reconciliation
-- (written by the last nightly run, month to date through its report date) for the month's days
-- that have a bill. Difference = billed - ours; variance = (ours - billed) / billed.
with p as (select * from monthly_period)
select r.provider,
       count(distinct r.day) as days_billed,
       min(r.day) as first_day,
       max(r.day) as last_day,
       sum(r.our_cost_usd) as our_usd,
       sum(r.billed_usd) as billed_usd,
       sum(r.billed_usd) - sum(r.our_cost_usd) as difference_usd,
       cast((sum(r.our_cost_usd) - sum(r.billed_usd)) / nullif(sum(r.billed_usd), 0)
            as decimal(18, 6)) as variance,
       sum(r.unexplained_usd) as unexplained_usd
from reconciliation as r, p
where r.billed_usd is not null and r.day between p.month_start and p.month_end
group by r.provider
order by r.provider;
