-- The ingest counts of one run (? = run id), over every chunk it wrote, restarts included.
select coalesce(sum(loaded), 0) as loaded,
       coalesce(sum(quarantined), 0) as quarantined,
       coalesce(sum(duplicates), 0) as duplicates
from ingest_chunks
where run_id = ?;
