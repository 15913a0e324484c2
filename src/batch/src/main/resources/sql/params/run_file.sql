-- Plan one file for a run: ? = run id, index, name, path, size, modified.
insert into run_files values (?, ?, ?, ?, ?, ?);
