-- Mark the files of a run (? = run id, twice) as read: their fingerprints replace earlier ones.
-- A folder that could not be listed (size -1) is not marked: it is reported again next time.
insert or replace into source_files
select file_name, size_bytes, modified_at, ? from run_files where run_id = ? and size_bytes >= 0;
