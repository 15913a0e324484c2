-- Record an ingested export file: ? = fingerprint, path, provider, kind, records, loaded,
-- quarantined, run id.
insert or ignore into export_files values (?, ?, ?, ?, ?, ?, ?, ?);
