-- Count one chunk, once: ? = run id, first file, first line, read, loaded, quarantined,
-- duplicates. A replayed chunk (same run, same first line) is ignored.
insert into ingest_chunks values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing;
