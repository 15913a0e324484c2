-- Reconciliation to the provider bill for the month, by provider, on the days the provider
-- billed: our cost (calls) vs the bill (provider_costs), as the reconciliation step computes it
-- but for the whole month, whenever the workbook is written. Difference = billed - ours;
-- variance = (ours - billed) / billed. Unexplained comes from reconciliation (rebuilt by each
-- nightly run for its month to date); null when that table does not cover the month's billed days.
with p as (select * from monthly_period),
billed as (
    select c.provider, c.day, sum(c.amount_usd) as billed_usd
    from provider_costs as c, p
    where c.day between p.month_start and p.month_end
    group by all
),
ours as (
    select k.provider, k.day, sum(k.cost_usd) as our_usd
    from calls as k, p
    where k.day between p.month_start and p.month_end
    group by all
),
explained as (
    select r.provider, count(distinct r.day) as days, sum(r.unexplained_usd) as unexplained_usd
    from reconciliation as r, p
    where r.billed_usd is not null and r.day between p.month_start and p.month_end
    group by all
)
select b.provider,
       min(b.day) as first_day,
       max(b.day) as last_day,
       coalesce(sum(o.our_usd), 0) as our_usd,
       sum(b.billed_usd) as billed_usd,
       sum(b.billed_usd) - coalesce(sum(o.our_usd), 0) as difference_usd,
       cast((coalesce(sum(o.our_usd), 0) - sum(b.billed_usd)) / nullif(sum(b.billed_usd), 0)
            as decimal(18, 6)) as variance,
       case when any_value(e.days) = count(distinct b.day) then any_value(e.unexplained_usd) end
           as unexplained_usd
from billed as b
left join ours as o on o.provider = b.provider and o.day = b.day
left join explained as e on e.provider = b.provider
group by b.provider
order by b.provider;
