-- One budget as this run applies it: ? = run id, report date, name, scope, member, tag key,
-- period, period start, period end, forecast window start, limit, thresholds, enforcement, owner,
-- source line.
insert or replace into budget_definitions values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
