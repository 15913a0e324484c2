-- The attribution grain, month to date: day x team x function x user x model x API key.
select s.day, s.team, s.function, s.user_id as "user", s.provider, s.model, s.api_key_id,
       s.calls, s.input_tokens, s.cached_input_tokens, s.cache_write_tokens, s.output_tokens,
       s.reasoning_tokens, s.cost_usd as spend_usd, s.unpriced_calls
from spend_daily as s, report_period as p
where s.day between p.month_start and p.report_date
order by s.day, s.team, s.function, s.user_id, s.provider, s.model, s.api_key_id;
