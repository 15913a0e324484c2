-- The files of a run (? = run id), in reading order.
select file_name, path from run_files where run_id = ? order by file_index;
