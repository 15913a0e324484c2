-- A restarted budget step replaces what it wrote for its run.
delete from budget_status where run_id = (select run_id from report_period);
delete from budget_alerts where run_id = (select run_id from report_period);
