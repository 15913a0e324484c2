-- Detector 6, over-reserved max_tokens: functions whose median max_tokens (max_output_tokens)
-- is at least max_tokens_ratio times their output p99 and above it by max_tokens_min_gap tokens.
-- No direct cost (billing counts tokens produced), but budget reservations and rate limits
-- (tokens per minute) count the reservation: the gap is reported, savings 0.
with functions as (
    select team, function, min(provider) as provider, report_model,
           count(*) as calls,
           quantile_disc(output_tokens, 0.99) as output_p99,
           quantile_disc(max_output_tokens, 0.5) as reserved,
           stable_mode(histogram(system_prompt_hash)) as prompt_hash,
           array_to_string(list(request_id order by ts, request_id)
               filter (where request_id is not null)[1:3], ' ') as examples,
           list(call_saving(call_key, 0)) as call_savings
    from detect_calls
    where max_output_tokens is not null and status < 400
    group by team, function, report_model
)
select 'over_reserved_max_tokens' as kind, f.team, f.function, f.provider,
       f.report_model as model, f.calls,
       f.calls * (f.reserved - f.output_p99) as tokens,
       f.examples as example_request_ids, f.prompt_hash,
       cast(0 as decimal(38, 12)) as savings_usd, f.call_savings,
       printf('no direct cost: %d calls x (max_tokens %d - output p99 %d) = %d tokens reserved '
              || 'and not used', f.calls, f.reserved, f.output_p99,
              f.calls * (f.reserved - f.output_p99)) as formula,
       'info' as confidence,
       printf('set max_tokens to about %d (2 x the output p99)', 2 * f.output_p99) as fix,
       printf('median max_tokens %d is %.1f x the output p99 of %d tokens', f.reserved,
              f.reserved / greatest(f.output_p99, 1), f.output_p99) as evidence
from functions as f, detect_params as p
where f.reserved >= p.max_tokens_ratio * f.output_p99
  and f.reserved - f.output_p99 >= p.max_tokens_min_gap;
