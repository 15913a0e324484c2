-- Savings identified, each call counted once (docs/detect.md): findings overlap (a repeated
-- request with a long system prompt is saved on by caching the response and by shortening the
-- prompt), so a call counts for the one finding that saves most on it alone (ties: the smaller
-- id), and for at most what the call cost. Only recommendations (finding_evidence) that claim
-- savings compete.
-- counted_usd: a finding's part of the total over the observed days; the findings' counted_usd
-- add up to the savings identified, never more than the spend of the calls they are about.
create or replace table finding_totals as
with competing as (
    select fc.*,
           row_number() over (partition by fc.call_key order by fc.saving_usd desc, fc.id)
               as choice
    from finding_calls as fc
    where fc.finding_savings_usd > 0
      and fc.id in (select id from finding_evidence where recommended)
)
select id,
       coalesce(sum(least(saving_usd, coalesce(cost_usd, 0))) filter (where choice = 1), 0)
           as counted_usd
from competing
group by id;
