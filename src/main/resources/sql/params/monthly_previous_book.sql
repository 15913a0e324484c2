-- The price book version of the first workbook written for a month (? = month start), or none.
select arg_min(price_book_version, written_at) from monthly_closes where month_start = cast(? as date);
