-- The run id of a run key (? = run key).
select run_id from run_keys where run_key = ?;
