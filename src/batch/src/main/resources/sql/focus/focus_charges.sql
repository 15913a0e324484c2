-- The FOCUS cost and usage rows of one export period (docs/focus.md), with every column of FOCUS
-- 1.2 and 1.3; the views focus_1_2 and focus_1_3 pick and order a version's columns.
--
-- Usage rows: one per UTC day x provider x price model x token class x price (tier, long
-- context, price-book period) x attribution (team, function, user, project, API key), priced
-- calls only. ListCost = ListUnitPrice x PricingQuantity (price-book list rate per 1M tokens x
-- tokens / 1M, exact). BilledCost = EffectiveCost = ContractedCost = ListCost.
-- Adjustment rows: on each UTC day a provider's cost export is loaded for, per model as billed,
-- the bill minus that day's usage rows (unlogged, failed or unpriced calls, token and price
-- drift), and the bill's non-token lines (web search, code execution: per-request fees) as rows
-- of their own. So per provider and billing period, BilledCost of the x_Reconciliation =
-- 'Reconciled' rows sums to the loaded bill; 'Unreconciled' rows are price-book estimates of days
-- with no cost export.
create or replace table focus_charges as
with p as (select * from focus_period),
names(provider, provider_name, host_provider_name, service_name) as (
    values ('openai', 'OpenAI', 'OpenAI', 'OpenAI API'),
           ('azure', 'Microsoft', 'Microsoft', 'Azure OpenAI'),
           ('azure_openai', 'Microsoft', 'Microsoft', 'Azure OpenAI'),
           ('azure_ai', 'Microsoft', 'Microsoft', 'Azure AI Foundry'),
           ('anthropic', 'Anthropic', 'Anthropic', 'Claude API'),
           ('bedrock', 'Amazon Web Services', 'Amazon Web Services', 'Amazon Bedrock'),
           ('google', 'Google', 'Google', 'Gemini API'),
           ('gemini', 'Google', 'Google', 'Gemini API'),
           ('vertex', 'Google Cloud', 'Google Cloud', 'Vertex AI'),
           ('vertex_ai', 'Google Cloud', 'Google Cloud', 'Vertex AI')
),
makers(maker, publisher_name) as (
    values ('openai', 'OpenAI'), ('anthropic', 'Anthropic'), ('google', 'Google')
),
-- the provider-days a cost export is loaded for: their BilledCost ties to the bill
billed_days as (
    select distinct c.provider, c.day
    from provider_costs as c, p
    where c.day between p.month_start and p.through
),
calls_in as (
    select c.*, cast(c.ts as date) as utc_day,
           -- core ServiceTier's names (PricingAgreementTest); unknown tiers are never priced
           case when c.batch or lower(trim(c.service_tier)) = 'batch' then 'batch'
                when lower(trim(c.service_tier)) in ('flex', 'on_demand_flex') then 'flex'
                when lower(trim(c.service_tier)) in ('priority', 'fast', 'on_demand_priority')
                    then 'priority'
                else 'standard' end as tier
    from calls_attributed as c, p
    where c.priced and cast(c.ts as date) between p.month_start and p.through
),
grouped as (
    select utc_day, provider, price_model, coalesce(service_tier, '') as service_tier, batch,
           long_context, tier,
           nullif(team, '(untagged)') as team, nullif(function, '(untagged)') as function,
           nullif(user_id, '(none)') as user_id, project, nullif(api_key_id, '(none)') as api_key_id,
           sum(uncached_input_tokens) as t_in, sum(cached_input_tokens) as t_cached,
           sum(cache_write_5m_tokens) as t_cw5m, sum(cache_write_1h_tokens) as t_cw1h,
           sum(output_tokens) as t_out
    from calls_in
    group by all
),
meters(class, meter, ord, detail) as (
    values ('input', 'Input Tokens', 1, 'input'),
           ('cached_input', 'Cache Read Input Tokens', 2, 'cache read'),
           ('cache_write_5m', 'Cache Write Input Tokens', 3, '5-minute cache write'),
           ('cache_write_1h', 'Cache Write Input Tokens', 4, '1-hour cache write'),
           ('output', 'Output Tokens', 5, 'output')
),
usage_rows as (
    select g.*, r.maker, r.valid_from, m.class, m.meter, m.ord, m.detail,
           case m.class when 'input' then g.t_in when 'cached_input' then g.t_cached
                        when 'cache_write_5m' then g.t_cw5m when 'cache_write_1h' then g.t_cw1h
                        else g.t_out end as tokens,
           case m.class when 'input' then r.r_in when 'cached_input' then r.r_cached
                        when 'cache_write_5m' then r.r_cw5m when 'cache_write_1h' then r.r_cw1h
                        else r.r_out end as rate
    from grouped as g
    join focus_rates as r
      on r.price_model = g.price_model and r.day = g.utc_day
     and r.service_tier = g.service_tier and r.batch = g.batch
     and r.long_context = g.long_context
    cross join meters as m
),
usage as (
    select u.*, usd(u.tokens, u.rate) as list_cost,
           exists (select 1 from billed_days as b
                   where b.provider = u.provider and b.day = u.utc_day) as reconciled
    from usage_rows as u
    where u.tokens > 0
),
bill as (
    select c.provider, c.day, coalesce(c.price_model, c.model, '(no model)') as model,
           c.cost_type, sum(c.amount_usd) as billed_usd
    from provider_costs as c, p
    where c.day between p.month_start and p.through
    group by all
),
ours as (
    select provider, utc_day as day, price_model as model, sum(list_cost) as ours_usd
    from usage where reconciled
    group by all
),
token_adjustments as (
    select coalesce(o.provider, b.provider) as provider, coalesce(o.day, b.day) as day,
           coalesce(o.model, b.model) as model,
           coalesce(b.billed_usd, 0) - coalesce(o.ours_usd, 0) as amount
    from ours as o
    full join (select provider, day, model, sum(billed_usd) as billed_usd from bill
               where cost_type in ('tokens', 'unknown') group by all) as b
      on o.provider = b.provider and o.day = b.day and o.model = b.model
),
adjustments as (
    select provider, day, model, 'token usage' as kind, amount,
           'Reconciliation to the ' || provider || ' cost export for ' || model || ' on '
               || strftime(day, '%Y-%m-%d') || ': billed minus llmspend''s list-price usage rows '
               || '(unlogged, failed or unpriced calls, token and price drift)' as description
    from token_adjustments
    where amount <> 0
    union all
    select provider, day, model, cost_type, billed_usd,
           'Billed ' || cost_type || ' charges (per-request fees) of ' || model || ' on '
               || strftime(day, '%Y-%m-%d') || ' from the ' || provider
               || ' cost export; the request logs carry no usage for them'
    from bill
    where cost_type not in ('tokens', 'unknown') and billed_usd <> 0
)
select u.list_cost as "BilledCost",
       u.provider as "BillingAccountId",
       coalesce(n.provider_name, u.provider) || ' (' || u.provider || ')' as "BillingAccountName",
       'USD' as "BillingCurrency",
       cast(p.next_month_start as timestamp) as "BillingPeriodEnd",
       cast(p.month_start as timestamp) as "BillingPeriodStart",
       'Usage' as "ChargeCategory",
       cast(null as varchar) as "ChargeClass",
       u.price_model || ' ' || u.detail || ' tokens, ' || u.tier || ' tier'
           || case when u.long_context then ', long context' else '' end as "ChargeDescription",
       'Usage-Based' as "ChargeFrequency",
       cast(u.utc_day + 1 as timestamp) as "ChargePeriodEnd",
       cast(u.utc_day as timestamp) as "ChargePeriodStart",
       cast(u.tokens as decimal(38, 0)) as "ConsumedQuantity",
       'Tokens' as "ConsumedUnit",
       u.list_cost as "ContractedCost",
       u.list_cost as "EffectiveCost",
       coalesce(n.provider_name, u.provider) as "InvoiceIssuerName",
       u.list_cost as "ListCost",
       u.rate as "ListUnitPrice",
       'Standard' as "PricingCategory",
       cast(cast(u.tokens as decimal(38, 0)) * cast(0.000001 as decimal(7, 6))
            as decimal(38, 6)) as "PricingQuantity",
       '1000000 Tokens' as "PricingUnit",
       coalesce(n.provider_name, u.provider) as "ProviderName",
       coalesce(mk.publisher_name, u.maker) as "PublisherName",
       'AI and Machine Learning' as "ServiceCategory",
       coalesce(n.service_name, u.provider) as "ServiceName",
       'Generative AI' as "ServiceSubcategory",
       u.provider || '/' || u.price_model as "SkuId",
       u.meter as "SkuMeter",
       cast(json_object('x_TokenClass', u.class, 'x_ServiceTier', u.tier,
                        'x_LongContext', u.long_context,
                        'x_PriceBookValidFrom', strftime(u.valid_from, '%Y-%m-%d')) as varchar)
           as "SkuPriceDetails",
       u.provider || '/' || u.price_model || '/' || u.class || '/' || u.tier
           || case when u.long_context then '/long-context' else '' end
           || '/' || strftime(u.valid_from, '%Y-%m-%d') as "SkuPriceId",
       cast(nullif(to_json(map_from_entries(list_filter(
               [{'k': 'team', 'v': u.team}, {'k': 'function', 'v': u.function},
                {'k': 'user', 'v': u.user_id}, {'k': 'project', 'v': u.project},
                {'k': 'api_key', 'v': u.api_key_id}], e -> e.v is not null))), '{}')
            as varchar) as "Tags",
       coalesce(n.provider_name, u.provider) as "ServiceProviderName",
       coalesce(n.host_provider_name, u.provider) as "HostProviderName",
       case when u.reconciled then 'Reconciled' else 'Unreconciled' end as "x_Reconciliation",
       u.price_model as "x_Model",
       u.team as "x_Team", u.function as "x_Function", u.user_id as "x_User",
       u.project as "x_Project", u.api_key_id as "x_ApiKey",
       u.ord as sort_order
from usage as u
cross join p
left join names as n on n.provider = u.provider
left join makers as mk on mk.maker = u.maker
union all
select a.amount, a.provider,
       coalesce(n.provider_name, a.provider) || ' (' || a.provider || ')', 'USD',
       cast(p.next_month_start as timestamp), cast(p.month_start as timestamp),
       'Adjustment', null, a.description, 'Usage-Based',
       cast(a.day + 1 as timestamp), cast(a.day as timestamp),
       null, null, a.amount, a.amount, coalesce(n.provider_name, a.provider), a.amount,
       null, null, null, null,
       coalesce(n.provider_name, a.provider), coalesce(n.provider_name, a.provider),
       'AI and Machine Learning', coalesce(n.service_name, a.provider), 'Generative AI',
       null, null, null, null, null,
       coalesce(n.provider_name, a.provider), coalesce(n.host_provider_name, a.provider),
       'Reconciled', a.model, null, null, null, null, null,
       case a.kind when 'token usage' then 6 else 7 end
from adjustments as a
cross join p
left join names as n on n.provider = a.provider;
