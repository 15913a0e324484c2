-- What the FOCUS export needs a price-book rate for: each price model, UTC day, logged service
-- tier, batch flag and long-context flag of the priced calls in the export's period. Java looks
-- the rates up in the price book (core PriceBook.rates, the pricer's own rule) into focus_rates.
select distinct c.price_model, cast(c.ts as date) as day, coalesce(c.service_tier, '') as service_tier,
       c.batch, c.long_context
from calls as c, focus_period as p
where c.priced and cast(c.ts as date) between p.month_start and p.through
order by all;
