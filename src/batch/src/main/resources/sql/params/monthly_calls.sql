-- Before a monthly run: the calls of the month (? = its first day, ? = its last day) and the
-- days of the store's calls. A month without calls is refused (exit code 8, MonthHasCalls).
select count(*) filter (where day between cast(? as date) and cast(? as date)) as calls,
       min(day) as first_day,
       max(day) as last_day
from calls;
