-- The last day present in the data that is over: the latest call day before ? (today in the
-- configured time zone). Null when there is none.
select max(day) as last_complete_day from calls where day < cast(? as date);
