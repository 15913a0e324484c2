-- Thresholds crossed since the last run for an earlier report date: one row per budget, member
-- and threshold (alert 'threshold'), and one when a budget goes above its limit ('exceeded').
create table if not exists budget_alerts (
    run_id         bigint not null,
    report_date    date not null,
    budget         varchar not null,
    member         varchar not null,
    period_start   date not null,
    alert          varchar not null,   -- threshold, exceeded
    threshold_pct  integer,            -- the threshold crossed; null for 'exceeded'
    spent_usd      decimal(38, 12) not null,
    limit_usd      decimal(24, 12) not null,
    percent_used   decimal(18, 6) not null,
    enforcement    varchar not null,
    owner          varchar
);
