-- One bad export record: ? = file, record number, reason, excerpt, run id (same table as bad
-- log lines; a record quarantined again is replaced).
insert or replace into quarantine values (?, ?, ?, ?, ?);
