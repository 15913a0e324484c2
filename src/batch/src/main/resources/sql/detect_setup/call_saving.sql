-- call_saving(call_key, usd): one entry of a finding's call_savings (detect_findings.sql): what
-- the finding saves on that call alone, exact; an unpriced call (usd null) saves 0.
create or replace macro call_saving(key, amount) as
    {'call_key': key, 'usd': cast(coalesce(amount, 0) as decimal(38, 12))};
