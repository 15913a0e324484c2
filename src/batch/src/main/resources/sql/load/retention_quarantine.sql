-- Privacy retention (? = cutoff timestamp, UTC): excerpts of lines quarantined by runs started
-- before the cutoff are dropped (set to ''); file, line and reason stay.
update quarantine set excerpt = ''
where excerpt <> ''
  and run_id in (select run_id from run_keys where created_at < cast(? as timestamp));
