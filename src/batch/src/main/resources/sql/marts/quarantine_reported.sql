-- The quarantined lines a night's reports list (quarantine.csv, Data quality): those this run
-- found and those every earlier run for the same report date found. A re-run of the same night
-- skips the files it already read (their fingerprints are unchanged), so without the earlier
-- runs' rows its reports would say nothing was quarantined. A line read again by a later run
-- belongs to that run (quarantine keeps the last run that saw a line).
create or replace view quarantine_reported as
select q.*
from quarantine as q, report_period as p
where q.run_id = p.run_id
   or q.run_id in (select r.run_id from runs as r where r.report_date = p.report_date);
