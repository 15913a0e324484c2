-- What this run loaded: tokens and spend of the calls it inserted; and the lines quarantined for
-- the report date by this run and earlier runs for the same date (quarantine.csv lists them).
select count(*) as calls,
       (select count(*) from quarantine_reported) as quarantined_for_report_date,
       coalesce(sum(c.input_tokens), 0) as input_tokens,
       coalesce(sum(c.output_tokens), 0) as output_tokens,
       coalesce(sum(c.cost_usd), 0) as spend_usd,
       count(*) filter (where not c.priced) as unpriced_calls
from calls as c, report_period as p
where c.run_id = p.run_id;
