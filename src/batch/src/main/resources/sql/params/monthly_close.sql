-- Record a monthly workbook: ? = month start, run id, price book version, the spend before
-- re-pricing (null when not re-priced); spend from the marts.
insert into monthly_closes (month_start, run_id, price_book_version, spend_usd, written_at,
                            repriced_from_usd)
select cast(? as date), cast(? as bigint), cast(? as varchar),
       (select sum(s.cost_usd) from spend_daily as s, monthly_period as p
        where s.day between p.month_start and p.month_end),
       now(), cast(? as decimal(38, 12));
