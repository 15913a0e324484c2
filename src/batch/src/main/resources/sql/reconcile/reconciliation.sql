-- Our cost vs the provider's bill, per day x provider x price model, month to date through the
-- report date, with the difference broken down by cause (docs/reconciliation.md):
--   difference = billed - ours
--              = unlogged + failed calls + token drift      (usage gap, at our price book)
--              + price drift                                 (billed tokens - our book on them)
--              + outside tokens                              (web search, code execution, ...)
--              + unexplained                                 (what the data cannot attribute)
-- billed_usd is null on a day the provider has no cost export (the row is not in the totals).
create or replace table reconciliation as
with p as (select * from report_period),
k as (
    select day, provider, model,
           sum(logged_calls) as logged_calls, sum(provider_requests) as provider_requests,
           sum(logged_input_tokens) as logged_input_tokens,
           sum(provider_input_tokens) as provider_input_tokens,
           sum(logged_output_tokens) as logged_output_tokens,
           sum(provider_output_tokens) as provider_output_tokens,
           sum(our_cost_usd) as our_cost_usd, sum(expected_cost_usd) as expected_cost_usd,
           sum(unlogged_usd) as unlogged_usd, sum(failed_calls_usd) as failed_calls_usd,
           sum(token_drift_usd) as token_drift_usd,
           bool_and(cause not in ('no usage export', 'unpriced')) as usage_explained
    from reconcile_usage_by_key group by all
),
c as (
    select day, provider, coalesce(price_model, model, '(no model)') as model,
           sum(amount_usd) as billed_usd,
           sum(amount_usd) filter (where cost_type = 'tokens') as billed_tokens_usd,
           sum(amount_usd) filter (where cost_type not in ('tokens', 'unknown'))
               as outside_tokens_usd
    from provider_costs cross join p
    where day between p.month_start and p.report_date
    group by all
),
cost_days as (select distinct provider, day from provider_costs),
merged as (
    select coalesce(k.day, c.day) as day, coalesce(k.provider, c.provider) as provider,
           coalesce(k.model, c.model) as model,
           coalesce(k.logged_calls, 0) as logged_calls, k.provider_requests,
           coalesce(k.logged_input_tokens, 0) as logged_input_tokens,
           coalesce(k.provider_input_tokens, 0) as provider_input_tokens,
           coalesce(k.logged_output_tokens, 0) as logged_output_tokens,
           coalesce(k.provider_output_tokens, 0) as provider_output_tokens,
           coalesce(k.our_cost_usd, 0) as our_cost_usd,
           case when exists (select 1 from cost_days as d
                             where d.provider = coalesce(k.provider, c.provider)
                               and d.day = coalesce(k.day, c.day))
                then coalesce(c.billed_usd, 0) end as billed_usd,
           k.unlogged_usd, k.failed_calls_usd, k.token_drift_usd,
           case when k.usage_explained then coalesce(c.billed_tokens_usd, 0) - k.expected_cost_usd
                end as price_drift_usd,
           coalesce(c.outside_tokens_usd, 0) as outside_tokens_usd
    from k full join c on k.day = c.day and k.provider = c.provider and k.model = c.model
)
select *,
       billed_usd - our_cost_usd as difference_usd,
       billed_usd - our_cost_usd - coalesce(unlogged_usd, 0) - coalesce(failed_calls_usd, 0)
           - coalesce(token_drift_usd, 0) - coalesce(price_drift_usd, 0) - outside_tokens_usd
           as unexplained_usd
from merged;
