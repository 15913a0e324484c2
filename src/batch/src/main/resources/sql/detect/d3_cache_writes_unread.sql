-- Detector 3, cache writes never read (Anthropic, also on Bedrock): calls that wrote the prompt
-- cache with no later call of the same function, model and prefix reading the cache within the
-- write's lifetime (5 minutes or 1 hour). Waste = the write premium paid:
-- 5m write tokens x (5m write - input rate) + 1h write tokens x (1h write - input rate).
with writes as (
    select w.*
    from detect_calls as w
    where w.provider in ('anthropic', 'bedrock') and w.standard_tier
      and (w.cache_write_5m_tokens > 0 or w.cache_write_1h_tokens > 0)
), unread as (
    select w.*
    from writes as w
    where not exists (
        select 1
        from detect_calls as r
        where r.function = w.function and r.price_model = w.price_model
          and r.prefix_hash is not distinct from w.prefix_hash
          and r.cached_input_tokens > 0 and r.ts > w.ts
          and r.ts <= w.ts + case when w.cache_write_1h_tokens > 0 then interval 1 hour
                                  else interval 5 minute end)
)
select 'cache_write_unread' as kind, team, function, min(provider) as provider,
       report_model as model,
       count(*) as calls,
       sum(cache_write_5m_tokens + cache_write_1h_tokens) as tokens,
       array_to_string(list(request_id order by ts, request_id)
           filter (where request_id is not null)[1:3], ' ') as example_request_ids,
       stable_mode(histogram(system_prompt_hash)) as prompt_hash,
       sum(usd(cache_write_5m_tokens, r_cw5m - r_in)
           + usd(cache_write_1h_tokens, coalesce(r_cw1h - r_in, 0))) as savings_usd,
       printf('%d 5-minute write tokens x (write - input rate) + %d 1-hour write tokens x '
              || '(write - input rate) = %s USD', sum(cache_write_5m_tokens),
              sum(cache_write_1h_tokens),
              usd_text(sum(usd(cache_write_5m_tokens, r_cw5m - r_in)
                  + usd(cache_write_1h_tokens, coalesce(r_cw1h - r_in, 0))))) as formula,
       list(call_saving(call_key, usd(cache_write_5m_tokens, r_cw5m - r_in)
           + usd(cache_write_1h_tokens, coalesce(r_cw1h - r_in, 0)))) as call_savings,
       'high' as confidence,
       'remove cache_control from this request (its prefix is not read again within the '
           || 'cache lifetime), or batch the calls that share it closer together' as fix,
       printf('%d of %d cache-writing calls were never followed by a read of their prefix',
              count(*), min(w.all_writes)) as evidence
from unread
join (select function, report_model, count(*) as all_writes from writes group by all) as w
  using (function, report_model)
group by team, function, report_model;
