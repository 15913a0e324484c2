-- The files of a run (? = run id), in reading order; size -1: a folder that could not be listed.
select file_name, path, size_bytes from run_files where run_id = ? order by file_index;
