-- Logged usage (calls) vs provider usage (provider_usage), per day x provider x price model x
-- project (OpenAI project, Anthropic workspace; calls.project) x API key, month to date through
-- the report date, on the days a provider has an export. When a provider's usage that day is
-- not grouped by API key (or project), they are compared as '(all keys)' ('(all projects)').
-- Each row's usage gap (expected_cost_usd - our_cost_usd, both at our price book) gets one
-- cause: no logged call at all -> unlogged_usd; the provider counted more requests than the logs
-- have -> failed_calls_usd (attempts the logs never saw); otherwise -> token_drift_usd. An
-- unpriced side leaves all three null (the gap is unexplained).
create or replace table reconcile_usage_by_key as
with p as (select * from report_period),
usage_days as (
    select provider, day, bool_or(api_key_id is not null) as keyed,
           bool_or(project_id is not null) as by_project
    from provider_usage group by all
),
export_days as (
    select provider, day from provider_usage
    union select provider, day from provider_costs
),
logged as (
    select c.day, c.provider, coalesce(c.price_model, c.model) as model,
           case when u.by_project then coalesce(c.project, '(none)') else '(all projects)' end
               as project_id,
           case when u.keyed then coalesce(c.api_key_id, '(none)') else '(all keys)' end
               as api_key_id,
           count(*) as logged_calls,
           count(*) filter (where c.status >= 400) as logged_failed_calls,
           sum(c.input_tokens) as logged_input_tokens,
           sum(c.cached_input_tokens) as logged_cached_input_tokens,
           sum(c.cache_write_5m_tokens + c.cache_write_1h_tokens) as logged_cache_write_tokens,
           sum(c.output_tokens) as logged_output_tokens,
           sum(c.cost_usd) as our_cost_usd,
           count(*) filter (where not c.priced) as unpriced_calls
    from calls as c
    join export_days as e on e.provider = c.provider and e.day = c.day
    left join usage_days as u on u.provider = c.provider and u.day = c.day
    cross join p
    where c.day between p.month_start and p.report_date
    group by all
),
billed as (
    select b.day, b.provider, coalesce(b.price_model, b.model, '(all models)') as model,
           coalesce(b.project_id, '(all projects)') as project_id,
           coalesce(b.api_key_id, '(all keys)') as api_key_id,
           case when count(b.requests) = count(*) then sum(b.requests) end as provider_requests,
           sum(b.input_tokens) as provider_input_tokens,
           sum(b.cached_input_tokens) as provider_cached_input_tokens,
           sum(b.cache_write_5m_tokens + b.cache_write_1h_tokens) as provider_cache_write_tokens,
           sum(b.output_tokens) as provider_output_tokens,
           sum(b.web_search_requests) as provider_web_search_requests,
           sum(b.expected_cost_usd) as expected_cost_usd,
           count(*) filter (where b.expected_cost_usd is null) as unpriced_buckets
    from provider_usage as b cross join p
    where b.day between p.month_start and p.report_date
    group by all
),
joined as (
    select coalesce(l.day, b.day) as day, coalesce(l.provider, b.provider) as provider,
           coalesce(l.model, b.model) as model, coalesce(l.project_id, b.project_id) as project_id,
           coalesce(l.api_key_id, b.api_key_id) as api_key_id,
           coalesce(l.logged_calls, 0) as logged_calls,
           coalesce(l.logged_failed_calls, 0) as logged_failed_calls,
           coalesce(l.logged_input_tokens, 0) as logged_input_tokens,
           coalesce(l.logged_cached_input_tokens, 0) as logged_cached_input_tokens,
           coalesce(l.logged_cache_write_tokens, 0) as logged_cache_write_tokens,
           coalesce(l.logged_output_tokens, 0) as logged_output_tokens,
           case when l.day is null then 0 else l.our_cost_usd end as our_cost_usd,
           b.provider_requests,
           coalesce(b.provider_input_tokens, 0) as provider_input_tokens,
           coalesce(b.provider_cached_input_tokens, 0) as provider_cached_input_tokens,
           coalesce(b.provider_cache_write_tokens, 0) as provider_cache_write_tokens,
           coalesce(b.provider_output_tokens, 0) as provider_output_tokens,
           coalesce(b.provider_web_search_requests, 0) as provider_web_search_requests,
           case when b.day is null then 0 else b.expected_cost_usd end as expected_cost_usd,
           l.day is not null as has_logs,
           b.day is not null as has_usage,
           coalesce(l.unpriced_calls, 0) + coalesce(b.unpriced_buckets, 0) > 0 as unpriced,
           exists (select 1 from usage_days as u
                   where u.provider = coalesce(l.provider, b.provider)
                     and u.day = coalesce(l.day, b.day)) as usage_exported
    from logged as l
    full join billed as b
      on l.day = b.day and l.provider = b.provider and l.model = b.model
     and l.project_id = b.project_id and l.api_key_id = b.api_key_id
)
select * exclude (has_logs, has_usage, unpriced, usage_exported),
       case when not usage_exported then 'no usage export'
            when unpriced then 'unpriced'
            when not has_logs then 'logs never saw it'
            when provider_requests > logged_calls then 'failed or timed-out calls'
            when expected_cost_usd <> our_cost_usd then 'token drift'
            else 'match' end as cause,
       case when usage_exported and not unpriced and not has_logs
            then expected_cost_usd end as unlogged_usd,
       case when usage_exported and not unpriced and has_logs
                 and provider_requests > logged_calls
            then expected_cost_usd - our_cost_usd end as failed_calls_usd,
       case when usage_exported and not unpriced and has_logs
                 and not coalesce(provider_requests > logged_calls, false)
            then expected_cost_usd - our_cost_usd end as token_drift_usd
from joined;
