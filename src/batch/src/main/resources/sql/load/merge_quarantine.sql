-- Quarantined lines of a run's partitions; a line quarantined again by a later run is replaced,
-- so its run_id names the last run that saw it.
insert or replace into quarantine
select * from ingest_quarantine;
