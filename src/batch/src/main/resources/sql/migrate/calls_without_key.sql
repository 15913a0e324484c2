-- Once, in a store created before the calls table lost its primary key: the same rows in a calls
-- table without the key index (the first statement is raw/calls.sql creating calls_without_key). The
-- index cost the merge half its time and grew in memory with the store; the merge's anti-join
-- keeps call_key unique without it.
${calls_ddl};
insert into calls_without_key by name select * from calls;
drop table calls;
alter table calls_without_key rename to calls;
