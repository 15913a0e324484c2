-- Every monthly workbook written: which run, with which price book, for what total. A month
-- written again with another price book is logged; costs are never re-priced silently.
create table if not exists monthly_closes (
    month_start         date not null,
    run_id              bigint not null,
    price_book_version  varchar not null,
    spend_usd           decimal(38, 12),
    written_at          timestamp not null
);
-- Written with --reprice: the month's spend before re-pricing (null: not re-priced).
alter table monthly_closes add column if not exists repriced_from_usd decimal(38, 12);
