-- FOCUS 1.2: its columns in the export's order (docs/focus.md), then the x_ extension columns.
-- Not emitted: columns whose condition does not hold for LLM APIs (commitment discounts,
-- capacity reservations, regions, resources, sub accounts, other pricing currencies) and the
-- Recommended AvailabilityZone and InvoiceId (no such data).
create or replace view focus_1_2 as
select "BilledCost", "BillingAccountId", "BillingAccountName", "BillingCurrency",
       "BillingPeriodEnd", "BillingPeriodStart", "ChargeCategory", "ChargeClass",
       "ChargeDescription", "ChargeFrequency", "ChargePeriodEnd", "ChargePeriodStart",
       "ConsumedQuantity", "ConsumedUnit", "ContractedCost", "EffectiveCost", "InvoiceIssuerName",
       "ListCost", "ListUnitPrice", "PricingCategory", "PricingQuantity", "PricingUnit",
       "ProviderName", "PublisherName", "ServiceCategory", "ServiceName", "ServiceSubcategory",
       "SkuId", "SkuMeter", "SkuPriceDetails", "SkuPriceId", "Tags", "x_Reconciliation",
       "x_Model", "x_Team", "x_Function", "x_User", "x_Project", "x_ApiKey"
from focus_charges
order by "ChargePeriodStart", "BillingAccountId", "x_Model", sort_order, "SkuPriceId", "x_Team",
         "x_Function", "x_User", "x_Project", "x_ApiKey", "ChargeDescription";
