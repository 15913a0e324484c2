-- Record a monthly workbook: ? = month start, run id, price book version; spend from the marts.
insert into monthly_closes
select cast(? as date), cast(? as bigint), cast(? as varchar),
       (select sum(s.cost_usd) from spend_daily as s, monthly_period as p
        where s.day between p.month_start and p.month_end),
       now();
