-- Detector 4 (second part), near-duplicate system prompts: two different system prompts, used by
-- two different functions this month, that differ by at most near_duplicate_max_lines lines
-- (lines in one and not the other, blank lines ignored) and share at least 10 lines. No savings
-- are claimed (info): one shared, versioned prompt is cheaper to maintain and can share a cache.
with used as (
    select function, system_prompt_hash as prompt_hash, min(team) as team,
           min(provider) as provider, min(report_model) as model, count(*) as calls,
           array_to_string(list(request_id order by ts, request_id)
               filter (where request_id is not null)[1:3], ' ') as examples,
           list(call_saving(call_key, 0)) as call_savings
    from detect_calls
    where system_prompt_hash is not null
    group by function, system_prompt_hash
), lines as (
    select distinct u.prompt_hash, trim(l.line) as line
    from (select distinct prompt_hash from used) as u
    join prompts as p using (prompt_hash),
         unnest(string_split(p.text, chr(10))) as l(line)
    where trim(l.line) <> ''
), sizes as (
    select prompt_hash, count(*) as lines from lines group by prompt_hash
), pairs as (
    select a.prompt_hash as a, b.prompt_hash as b, count(*) as common
    from lines as a
    join lines as b on a.line = b.line and a.prompt_hash < b.prompt_hash
    group by a.prompt_hash, b.prompt_hash
), near as (
    select p.a, p.b, p.common, sa.lines + sb.lines - 2 * p.common as differing
    from pairs as p
    join sizes as sa on sa.prompt_hash = p.a
    join sizes as sb on sb.prompt_hash = p.b, detect_params as d
    where p.common >= 10 and sa.lines + sb.lines - 2 * p.common <= d.near_duplicate_max_lines
)
select 'near_duplicate_prompt' as kind, ua.team, ua.function, ua.provider, ua.model,
       ua.calls + ub.calls as calls, 0 as tokens,
       ua.examples || ' ' || ub.examples as example_request_ids,
       ua.prompt_hash, ub.function || ':' || ub.prompt_hash as subject,
       cast(0 as decimal(38, 12)) as savings_usd,
       list_concat(ua.call_savings, ub.call_savings) as call_savings,
       'no savings claimed: maintenance and cache sharing' as formula,
       'info' as confidence,
       printf('share one versioned system prompt between %s and %s', ua.function, ub.function)
           as fix,
       printf('system prompt %s of %s and %s of %s differ by %d lines (%d lines in common)',
              left(ua.prompt_hash, 12), ua.function, left(ub.prompt_hash, 12), ub.function,
              n.differing, n.common) as evidence
from near as n
join used as ua on ua.prompt_hash = n.a
join used as ub on ub.prompt_hash = n.b
where ua.function <> ub.function;
