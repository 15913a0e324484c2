-- The figures of the Summary sheet: one row.
with p as (select * from report_period)
select (select report_date from p) as report_date,
       (select month_start from p) as month_start,
       coalesce((select sum(cost_usd) from spend_daily, p where day = p.report_date), 0)
           as spend_report_date_usd,
       coalesce((select sum(cost_usd) from spend_daily, p
                 where day between p.month_start and p.report_date), 0)
           as spend_month_to_date_usd,
       coalesce((select sum(cost_usd) from spend_daily, p
                 where day between p.report_date - 6 and p.report_date), 0)
           as spend_last_7_days_usd,
       coalesce((select sum(calls) from spend_daily, p
                 where day between p.month_start and p.report_date), 0) as calls_month_to_date,
       coalesce((select sum(input_tokens + output_tokens) from spend_daily, p
                 where day between p.month_start and p.report_date), 0) as tokens_month_to_date,
       coalesce((select sum(unpriced_calls) from spend_daily, p
                 where day between p.month_start and p.report_date), 0)
           as unpriced_calls_month_to_date,
       (select count(distinct day) from spend_daily, p
        where day between p.month_start and p.report_date) as days_with_data;
