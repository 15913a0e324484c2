-- The price book version of the last workbook written for a month (? = month start), or none.
select arg_max(price_book_version, written_at) from monthly_closes where month_start = cast(? as date);
