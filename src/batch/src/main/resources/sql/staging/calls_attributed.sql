-- Calls with team and function filled by the attribution rules (first matching rule wins),
-- else '(untagged)'. Logged values always win over rules.
create or replace view calls_attributed as
with matched as (
    select c.call_key,
           arg_min(r.team, r.rule_order) filter (where r.team is not null) as rule_team,
           arg_min(r.function, r.rule_order) filter (where r.function is not null) as rule_function
    from calls as c
    join attribution_rules as r
      on (r.match_kind = 'api_key' and c.api_key_id = r.match_value)
      or (r.match_kind = 'system_prompt' and starts_with(c.system_prompt_hash, r.match_value))
    where c.team is null or c.function is null
    group by c.call_key
)
select c.* replace (
           coalesce(c.team, m.rule_team, '(untagged)') as team,
           coalesce(c.function, m.rule_function, '(untagged)') as function,
           coalesce(c.user_id, '(none)') as user_id,
           coalesce(c.api_key_id, '(none)') as api_key_id
       ),
       coalesce(c.price_model, c.model) as report_model
from calls as c
left join matched as m using (call_key);
