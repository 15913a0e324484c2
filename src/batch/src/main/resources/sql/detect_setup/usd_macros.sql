-- Exact money helpers (DuckDB divides decimals as DOUBLE, so never divide money).
-- usd(tokens, rate): tokens x rate (USD per 1M tokens) / 1,000,000, exact DECIMAL.
-- usd_project(amount, num, den): amount x num / den, exact to 12 decimals (truncated).
create or replace macro usd(tokens, rate) as
    cast(cast(tokens as decimal(20, 0)) * rate as decimal(38, 9)) * cast(0.000001 as decimal(7, 6));
create or replace macro usd_project(amount, num, den) as
    cast(cast(amount * 1000000000000 as hugeint) * num // den as decimal(38, 0))
        * cast(0.000000000001 as decimal(13, 12));
-- usd_text(amount): an exact decimal as text without trailing zeros (0.016200000 -> 0.0162).
create or replace macro usd_text(amount) as
    case when amount is null then 'null'
         when contains(cast(amount as varchar), '.')
             then rtrim(rtrim(cast(amount as varchar), '0'), '.')
         else cast(amount as varchar) end;
