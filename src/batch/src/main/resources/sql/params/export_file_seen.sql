-- Whether a file with this fingerprint (?) was ingested before: one row if so.
select path from export_files where fingerprint = ?;
