-- After merge_calls.sql: the run's first rows are not kept (they hold memory until the connection closes).
drop table if exists merge_firsts;
