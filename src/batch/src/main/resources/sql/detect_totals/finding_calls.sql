-- Per-call attribution of the findings (docs/detect.md, "Savings identified, each call once"):
-- one row per finding and call it is about, with what the finding saves on that call on its own
-- (its stand-alone saving: the detector's call_savings), the call's day and cost. The findings'
-- savings_usd are the sums of these rows; finding_totals.sql counts each call once.
create or replace table finding_calls as
with findings as (
    select finding_id(kind, team, function, model, prompt_hash, provider, subject) as id,
           savings_usd as finding_savings_usd,
           unnest(call_savings) as s
    from detect_findings
)
select f.id, f.s.call_key as call_key, c.day, c.cost_usd, f.s.usd as saving_usd,
       f.finding_savings_usd
from findings as f
join calls as c on c.call_key = f.s.call_key;
