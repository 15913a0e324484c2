-- The month's spend and unpriced calls in calls: ? = month start (twice). Spend in USD, exact.
select coalesce(sum(cost_usd), 0) as spend_usd, count(*) filter (where not priced) as unpriced
from calls
where day between cast(? as date) and last_day(cast(? as date));
