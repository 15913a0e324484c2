-- One re-priced call: call key, price model, priced, unpriced reason, the four amounts and
-- total in USD, long context, server-tool fees in USD.
insert into monthly_reprice_stage values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
