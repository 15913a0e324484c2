-- Check: the unexplained variance (sum of |unexplained| over the rows with a bill) must not
-- exceed ? (a fraction, 0.02 = 2%) of the billed total. Returns the offending row; empty = pass.
select sum(abs(unexplained_usd)) as unexplained_usd, sum(billed_usd) as billed_total_usd
from reconciliation
where billed_usd is not null
having sum(abs(unexplained_usd)) > cast(? as decimal(18, 6)) * abs(sum(billed_usd));
