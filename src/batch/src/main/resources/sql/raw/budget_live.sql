-- The nightly correction of the live budgets (llmspend.live, docs/budgets.md): per run, budget and
-- member, what the guards' live counter in Redis held for the period through the report date
-- before this run corrected it, the true spend (budget_status.spent_usd, to the micro-dollar) it
-- was set to, and the drift (live - true). No rows when live budgets are off or Redis was away.
create table if not exists budget_live (
    run_id       bigint not null,
    report_date  date not null,
    budget       varchar not null,
    member       varchar not null,
    live_usd     decimal(38, 12) not null,
    true_usd     decimal(38, 12) not null,
    drift_usd    decimal(38, 12) not null,
    primary key (report_date, run_id, budget, member)
);
