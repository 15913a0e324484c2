-- The reconciliation lines of the Summary sheet: one row, over the rows with a bill. Variance =
-- (billed - ours) / billed, the sign of Difference (as the monthly Provider bill).
select coalesce(sum(our_cost_usd), 0) as our_total_usd,
       coalesce(sum(billed_usd), 0) as billed_total_usd,
       coalesce(sum(abs(unexplained_usd)), 0) as unexplained_usd,
       case when sum(billed_usd) <> 0
            then cast((sum(billed_usd) - sum(our_cost_usd)) / sum(billed_usd) as decimal(18, 6))
       end as variance,
       case when sum(billed_usd) <> 0
            then cast(sum(abs(unexplained_usd)) / sum(billed_usd) as decimal(18, 6))
       end as unexplained_share
from reconciliation
where billed_usd is not null;
