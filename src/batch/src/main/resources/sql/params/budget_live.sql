insert into budget_live (run_id, report_date, budget, member, live_usd, true_usd, drift_usd)
values (?, ?, ?, ?, ?, ?, ?);
