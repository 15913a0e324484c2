-- Mark the files of a run (? = run id, twice) as read: their fingerprints replace earlier ones.
insert or replace into source_files
select file_name, size_bytes, modified_at, ? from run_files where run_id = ?;
