-- The counts of a run's merge (? = run id), if its merge committed: one row or none.
select loaded, quarantined, duplicates
from ingest_chunks
where run_id = ? and first_file = '(merge)';
