-- Columns added for waste detection (docs/detect.md): an existing store gains them at the end of
-- calls, in the order of calls.sql; a new store already has them.
alter table calls add column if not exists request_hash varchar;
alter table calls add column if not exists prefix_hash varchar;
alter table calls add column if not exists prefix_tokens bigint;
alter table calls add column if not exists tool_count integer;
alter table calls add column if not exists prefix_block_hashes varchar;
