-- The report date's recommendations an engineer should act on (enough evidence, docs/detect.md),
-- largest stand-alone monthly savings first: recommendations.md and the Summary's top findings.
select r.*
from (select * from recommendations where coalesce(recommended, true)) as r, report_period as p
where r.report_date = p.report_date
order by r.rank;
