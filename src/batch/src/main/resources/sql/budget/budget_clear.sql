-- A restarted budget step replaces what it wrote for its run.
delete from budget_status
where (report_date, run_id) = (select (report_date, run_id) from report_period);
delete from budget_alerts
where (report_date, run_id) = (select (report_date, run_id) from report_period);
delete from budget_live
where (report_date, run_id) = (select (report_date, run_id) from report_period);
