-- Parameters of the monthly workbook: ? = month start, run id, price book version.
create or replace table monthly_period as
select cast(? as date) as month_start,
       cast(last_day(cast(? as date)) as date) as month_end,
       cast(cast(? as date) - interval 1 month as date) as previous_month_start,
       cast(cast(? as date) - interval 1 day as date) as previous_month_end,
       cast(? as bigint) as run_id,
       cast(? as varchar) as price_book_version;
