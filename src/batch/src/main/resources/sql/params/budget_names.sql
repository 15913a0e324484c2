-- The budgets the nightly runs evaluated (any run, any period), by name: to tell an unknown
-- budget name from a known budget without a run for the period asked.
select distinct budget
from budget_status
order by budget;
