-- 1 when a file was read to its end with this fingerprint: ? = name, size, modified.
select count(*) from source_files where file_name = ? and size_bytes = ? and modified_at = ?;
