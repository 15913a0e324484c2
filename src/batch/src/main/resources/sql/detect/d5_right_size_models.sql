-- Detector 5, model right-sizing: functions on a premium model (model_alternatives) whose calls
-- are short - output p95 and input p95 within right_size_max_output_p95 / _input_p95 tokens and
-- at most right_size_max_tools tools - priced again with the same tokens at the cheaper model's
-- rates on each call's day. Savings = sum(cost_usd - cost at the cheaper model). We estimate
-- price, not quality: every finding needs a quality check.
with candidates as (
    select d.*, a.cheaper_model,
           c.input_usd_per_mtok as c_in, c.cached_input_usd_per_mtok as c_cached,
           c.cache_write_5m_usd_per_mtok as c_cw5m, c.cache_write_1h_usd_per_mtok as c_cw1h,
           c.output_usd_per_mtok as c_out
    from detect_calls as d
    join model_alternatives as a on a.model = d.price_model
    join price_book as c
      on c.model = a.cheaper_model
     and cast(d.ts as date) >= c.valid_from
     and (c.valid_to is null or cast(d.ts as date) < c.valid_to)
    where d.standard_tier and d.status < 400
), repriced as (
    -- a call using a token class the cheaper model has no rate for is left out: no price
    select * from (
        select c.*,
               usd_at(uncached_input_tokens, cached_input_tokens, cache_write_5m_tokens,
                      cache_write_1h_tokens, output_tokens, c_in, c_cached, c_cw5m, c_cw1h, c_out)
                   as cheaper_cost
        from candidates as c)
    where cheaper_cost is not null
), functions as (
    select team, function, min(provider) as provider, report_model, cheaper_model,
           count(*) as calls,
           sum(input_tokens + output_tokens) as tokens,
           quantile_disc(output_tokens, 0.95) as output_p95,
           quantile_disc(input_tokens, 0.95) as input_p95,
           max(coalesce(tool_count, 0)) as max_tools,
           sum(cost_usd) as cost, sum(cheaper_cost) as cheaper_cost,
           stable_mode(histogram(system_prompt_hash)) as prompt_hash,
           array_to_string(list(request_id order by ts, request_id)
               filter (where request_id is not null)[1:3], ' ') as examples,
           list(call_saving(call_key, cost_usd - cheaper_cost)) as call_savings
    from repriced
    group by team, function, report_model, cheaper_model
)
select 'right_size_model' as kind, f.team, f.function, f.provider, f.report_model as model,
       f.calls, f.tokens, f.examples as example_request_ids, f.prompt_hash,
       f.cost - f.cheaper_cost as savings_usd, f.call_savings,
       printf('%s USD on %s - the same tokens at %s rates %s USD = %s USD', usd_text(f.cost),
              f.report_model, f.cheaper_model, usd_text(f.cheaper_cost),
              usd_text(f.cost - f.cheaper_cost)) as formula,
       'low: needs a quality check' as confidence,
       'move to ' || f.cheaper_model || ' after checking answer quality on a sample' as fix,
       printf('output p95 %d tokens, input p95 %d tokens, at most %d tools per call',
              f.output_p95, f.input_p95, f.max_tools) as evidence
from functions as f, detect_params as p
where f.output_p95 <= p.right_size_max_output_p95
  and f.input_p95 <= p.right_size_max_input_p95
  and f.max_tools <= p.right_size_max_tools
  and f.cost > f.cheaper_cost;
