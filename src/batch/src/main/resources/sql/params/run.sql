-- Record one run: ? = run id, report date, started, finished, read, loaded, quarantined,
-- duplicates, spend, status.
insert or replace into runs values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
