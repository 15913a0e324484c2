-- Parameters of the reports of one run: ? = report date, ? = run id.
create or replace table report_period as
select cast(? as date) as report_date,
       cast(date_trunc('month', cast(? as date)) as date) as month_start,
       cast(? as bigint) as run_id;
