-- FOCUS 1.3 (docs/focus.md): the 1.2 columns plus ServiceProviderName and HostProviderName (1.3
-- deprecates ProviderName and PublisherName but keeps them), then the x_ extension columns.
create or replace view focus_1_3 as
select "BilledCost", "BillingAccountId", "BillingAccountName", "BillingCurrency",
       "BillingPeriodEnd", "BillingPeriodStart", "ChargeCategory", "ChargeClass",
       "ChargeDescription", "ChargeFrequency", "ChargePeriodEnd", "ChargePeriodStart",
       "ConsumedQuantity", "ConsumedUnit", "ContractedCost", "EffectiveCost", "HostProviderName",
       "InvoiceIssuerName", "ListCost", "ListUnitPrice", "PricingCategory", "PricingQuantity",
       "PricingUnit", "ProviderName", "PublisherName", "ServiceCategory", "ServiceName",
       "ServiceProviderName", "ServiceSubcategory", "SkuId", "SkuMeter", "SkuPriceDetails",
       "SkuPriceId", "Tags", "x_Reconciliation", "x_Model", "x_Team", "x_Function", "x_User",
       "x_Project", "x_ApiKey"
from focus_charges
order by "ChargePeriodStart", "BillingAccountId", "x_Model", sort_order, "SkuPriceId", "x_Team",
         "x_Function", "x_User", "x_Project", "x_ApiKey", "ChargeDescription";
