-- The calls the detectors look at: month to date through the report date, attributed, with the
-- standard and batch rates (USD per 1M tokens) of their price-book model on the call's UTC day.
-- standard_tier: priced at the standard rates (not batch, flex, priority or long context).
create or replace view detect_calls as
select c.*,
       b.input_usd_per_mtok as r_in,
       b.cached_input_usd_per_mtok as r_cached,
       b.cache_write_5m_usd_per_mtok as r_cw5m,
       b.cache_write_1h_usd_per_mtok as r_cw1h,
       b.output_usd_per_mtok as r_out,
       b.batch_input_usd_per_mtok as rb_in,
       b.batch_cached_input_usd_per_mtok as rb_cached,
       b.batch_cache_write_5m_usd_per_mtok as rb_cw5m,
       b.batch_cache_write_1h_usd_per_mtok as rb_cw1h,
       b.batch_output_usd_per_mtok as rb_out,
       c.priced and not c.batch and not c.long_context
           -- the names core ServiceTier prices at the standard tier (PricingAgreementTest)
           and coalesce(lower(trim(c.service_tier)), '')
               in ('', 'default', 'auto', 'standard', 'on_demand') as standard_tier
from calls_attributed as c
join report_period as p on c.day between p.month_start and p.report_date
left join price_book as b
  on b.model = c.price_model
 and cast(c.ts as date) >= b.valid_from
 and (b.valid_to is null or cast(c.ts as date) < b.valid_to);
