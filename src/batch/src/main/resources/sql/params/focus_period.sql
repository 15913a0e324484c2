-- Parameters of the FOCUS export (docs/focus.md): ? = the month's first day, ? = the last UTC
-- day the export covers (the month's last day for monthly, the report date for nightly).
create or replace table focus_period as
select cast(? as date) as month_start,
       cast(? as date) as through,
       cast(cast(? as date) + interval 1 month as date) as next_month_start;
