-- A budget's status for the period containing a day, from the last run that evaluated it for
-- that period up to that day (latest report date, then run): $1 = budget, $2 = member (null:
-- every member), $3 = the day (today in llmspend.time-zone). A run for a later day (a mistyped
-- future --date) or for another period is not read.
select s.budget, s.member, s.report_date, s.period_start, s.period_end, s.limit_usd,
       s.spent_usd, s.remaining_usd, s.status, s.enforcement
from budget_status as s
where s.budget = $1
  and (s.member = $2 or $2 is null)
  and (s.report_date, s.run_id) = (select max((report_date, run_id)) from budget_status
                                   where budget = $1
                                     and period_start <= $3 and $3 <= period_end
                                     and report_date <= $3)
order by s.member;
