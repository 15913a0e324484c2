-- Writes one FOCUS version's view (focus_1_2, replaced by the writer for another version) to
-- ${file}: date/times as UTC-adjusted timestamps (FOCUS DateTimeFormat), decimals as DECIMAL.
copy (
    select * replace (
        timezone('UTC', "BillingPeriodStart") as "BillingPeriodStart",
        timezone('UTC', "BillingPeriodEnd") as "BillingPeriodEnd",
        timezone('UTC', "ChargePeriodStart") as "ChargePeriodStart",
        timezone('UTC', "ChargePeriodEnd") as "ChargePeriodEnd")
    from focus_1_2
) to '${file}' (format parquet, compression zstd);
