-- Exact money helpers (DuckDB divides decimals as DOUBLE, so never divide money).
-- usd(tokens, rate): tokens x rate (USD per 1M tokens) / 1,000,000, exact DECIMAL.
-- usd_project(amount, num, den): amount x num / den, exact to 12 decimals (truncated).
create or replace macro usd(tokens, rate) as
    cast(cast(tokens as decimal(20, 0)) * rate as decimal(38, 9)) * cast(0.000001 as decimal(7, 6));
-- The Java pricer's rule (core PriceBookCallPricer) in the one place SQL needs it, proven equal
-- for every price-book row, token class and tier by PricingAgreementTest. Rates come from
-- price_book, written by Java (detect PriceBookTable), never typed here.
-- usd_class(tokens, rate): one token class; 0 tokens cost 0 whatever the rate; tokens without a
-- rate (not offered) give NULL: unpriced, never $0.
create or replace macro usd_class(tokens, rate) as
    case when tokens = 0 then cast(0 as decimal(38, 15)) else usd(tokens, rate) end;
-- usd_at(...): a call's tokens at one rate set (reasoning is inside output); NULL when a class
-- the call used has no rate.
create or replace macro usd_at(uncached, cached, write_5m, write_1h, output,
                               r_in, r_cached, r_cw5m, r_cw1h, r_out) as
    usd_class(uncached, r_in) + usd_class(cached, r_cached) + usd_class(write_5m, r_cw5m)
        + usd_class(write_1h, r_cw1h) + usd_class(output, r_out);
create or replace macro usd_project(amount, num, den) as
    cast(cast(amount * 1000000000000 as hugeint) * num // den as decimal(38, 0))
        * cast(0.000000000001 as decimal(13, 12));
-- usd_text(amount): an exact decimal as text without trailing zeros (0.016200000 -> 0.0162).
create or replace macro usd_text(amount) as
    case when amount is null then 'null'
         when contains(cast(amount as varchar), '.')
             then rtrim(rtrim(cast(amount as varchar), '0'), '.')
         else cast(amount as varchar) end;
