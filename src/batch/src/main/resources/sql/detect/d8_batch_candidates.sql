-- Detector 8, batch candidates: synchronous standard-tier calls of functions that are not
-- interactive (llmspend.detect.batch-functions, or the call's tag "interactive": "false").
-- Savings = cost_usd - the same tokens at the batch rates (50% for OpenAI, Anthropic and Gemini
-- in the price book; cached input and cache writes scaled alike), on each call's day.
with priced as (
    select d.*,
           usd_at(uncached_input_tokens, cached_input_tokens, cache_write_5m_tokens,
                  cache_write_1h_tokens, output_tokens, rb_in, rb_cached, rb_cw5m, rb_cw1h, rb_out)
               as batch_cost
    from detect_calls as d, detect_params as p
    where d.standard_tier and d.status < 400 and d.rb_in is not null
      and (list_contains(p.batch_functions, d.function)
           or json_extract_string(d.tags, '$.interactive') = 'false')
), candidates as (
    select * from priced where batch_cost is not null  -- a class without a batch rate: no price
)
select 'batch_candidate' as kind, team, function, min(provider) as provider,
       report_model as model, count(*) as calls, sum(input_tokens + output_tokens) as tokens,
       array_to_string(list(request_id order by ts, request_id)
           filter (where request_id is not null)[1:3], ' ') as example_request_ids,
       stable_mode(histogram(system_prompt_hash)) as prompt_hash,
       sum(cost_usd) - sum(batch_cost) as savings_usd,
       list(call_saving(call_key, cost_usd - batch_cost)) as call_savings,
       printf('%s USD synchronous - %s USD at batch rates = %s USD', usd_text(sum(cost_usd)),
              usd_text(sum(batch_cost)), usd_text(sum(cost_usd) - sum(batch_cost))) as formula,
       'high' as confidence,
       'send these calls through the ' || min(provider) || ' batch API (results within '
           || '24 h at half price)' as fix,
       printf('%d synchronous calls of a non-interactive function', count(*)) as evidence
from candidates
group by team, function, report_model
having sum(cost_usd) > sum(batch_cost);
