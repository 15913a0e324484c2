-- The month's provider bill, one row per provider with calls or a bill in the month. Our spend is
-- the month's spend (spend_daily, as every spend sheet); the rest is the nightly reconciliation
-- (sql/reconcile/reconciliation.sql) summed by provider over the days the provider billed: the
-- monthly job runs the reconcile step for the whole month before writing the workbook, so this
-- is the same query and breakdown as the nightly Reconciliation sheet, not a copy of it.
--   difference = billed - our cost on the billed days
--              = logs never saw + failed calls billed + token drift + price drift
--              + billed outside tokens + unexplained
--   variance   = difference / billed (the same sign: positive when billed more than we priced)
-- A provider without a cost export in the month says "no bill loaded" and leaves the bill empty;
-- billed days that are not one run of days say how many ("6 days, 11-16 to 11-22").
with p as (select * from monthly_period),
spend as (
    select provider, sum(cost_usd) as spend_usd, sum(calls) as calls,
           sum(unpriced_calls) as unpriced_calls
    from spend_daily, p
    where day between p.month_start and p.month_end
    group by provider
),
bill as (
    select provider, count(distinct day) as billed_days, min(day) as first_day,
           max(day) as last_day, sum(our_cost_usd) as our_cost_usd, sum(billed_usd) as billed_usd,
           sum(difference_usd) as difference_usd,
           -- a cause that never applied this month is $0 here, not empty
           coalesce(sum(unlogged_usd), 0) as unlogged_usd,
           coalesce(sum(failed_calls_usd), 0) as failed_calls_usd,
           coalesce(sum(token_drift_usd), 0) as token_drift_usd,
           coalesce(sum(price_drift_usd), 0) as price_drift_usd,
           coalesce(sum(outside_tokens_usd), 0) as outside_tokens_usd,
           coalesce(sum(unexplained_usd), 0) as unexplained_usd
    from reconciliation, p
    where billed_usd is not null and day between p.month_start and p.month_end
    group by provider
)
select coalesce(s.provider, b.provider) as provider,
       -- the billed days, short enough to print (month-day; the dates are in the CSV)
       case when b.provider is null then 'no bill loaded'
            else case when b.billed_days < datediff('day', b.first_day, b.last_day) + 1
                      then b.billed_days || ' days, ' else '' end
                 || strftime(b.first_day, '%m-%d') || ' to ' || strftime(b.last_day, '%m-%d')
       end as billed_days,
       coalesce(s.calls, 0) as calls,
       coalesce(s.unpriced_calls, 0) as unpriced_calls,
       case when s.provider is null then 0 else s.spend_usd end as spend_usd,
       b.first_day,
       b.last_day,
       b.our_cost_usd,
       b.billed_usd,
       b.difference_usd,
       b.unlogged_usd,
       b.failed_calls_usd,
       b.token_drift_usd,
       b.price_drift_usd,
       b.outside_tokens_usd,
       b.unexplained_usd,
       cast(b.difference_usd / nullif(b.billed_usd, 0) as decimal(18, 6)) as variance
from spend as s
full join bill as b on b.provider = s.provider
order by b.provider is null, coalesce(s.provider, b.provider);
