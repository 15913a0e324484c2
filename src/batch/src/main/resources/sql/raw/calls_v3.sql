-- Columns added for exact usage (docs/request-log-format.md): notes on usage that no rule prices
-- or that a source leaves ambiguous, the cost a response-cache hit avoided, server-side tool
-- requests and their fees. An existing store gains them at the end of calls, in the order of
-- calls.sql.
alter table calls add column if not exists usage_notes varchar;
alter table calls add column if not exists avoided_cost_usd decimal(24, 12);
alter table calls add column if not exists server_tool_requests varchar;
alter table calls add column if not exists tool_fee_usd decimal(24, 12);
