-- Chargeback by cost center: direct spend of its teams plus its share of untagged spend.
select cost_center,
       teams,
       direct_usd,
       allocated_usd,
       charged_usd,
       cast(charged_usd / nullif(sum(charged_usd) over (), 0) as decimal(10, 6)) as share_of_spend
from monthly_chargeback
order by charged_usd desc, cost_center;
