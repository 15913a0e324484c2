-- One cost line, insert-if-absent: ? = cost_key .. run_id, in the column order of
-- raw/provider_costs.sql.
insert or ignore into provider_costs
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
