-- Writes the staged prices onto the calls (monthly --reprice). The recount component costs
-- (system prompt, tools, history, user message) are left as priced when loaded.
update calls as c
set price_model = s.price_model,
    priced = s.priced,
    unpriced_reason = s.unpriced_reason,
    uncached_input_cost_usd = s.uncached_input_cost_usd,
    cached_input_cost_usd = s.cached_input_cost_usd,
    cache_write_cost_usd = s.cache_write_cost_usd,
    output_cost_usd = s.output_cost_usd,
    cost_usd = s.cost_usd,
    long_context = s.long_context,
    tool_fee_usd = s.tool_fee_usd
from monthly_reprice_stage as s
where s.call_key = c.call_key;
delete from monthly_reprice_stage;
