-- One usage bucket, insert-if-absent (a bucket seen in an overlapping page is not added again):
-- ? = bucket_key .. run_id, in the column order of raw/provider_usage.sql.
insert or ignore into provider_usage
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
