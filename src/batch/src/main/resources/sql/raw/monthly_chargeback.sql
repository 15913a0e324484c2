-- The chargeback of the last monthly run: one row per cost center, untagged spend allocated by
-- llmspend.monthly.untagged (computed exactly in Java, io.llmspend.monthly.Chargeback).
create table if not exists monthly_chargeback (
    cost_center    varchar not null,
    teams          varchar,
    direct_usd     decimal(38, 12) not null,   -- spend of the cost center's own teams
    allocated_usd  decimal(38, 12) not null,   -- its share of the untagged spend
    charged_usd    decimal(38, 12) not null    -- direct + allocated
);
