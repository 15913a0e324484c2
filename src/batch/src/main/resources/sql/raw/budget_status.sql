-- Each run's status of every budget and member (history kept, auditable; keyed by report date
-- and run, so a job repository that starts its ids again cannot overwrite another day). Money in USD; percents
-- are fractions (1 = 100%). Spend exactly equal to the limit is 100%, status 'warning': a budget
-- is 'exceeded' only above its limit. See docs/budgets.md.
create table if not exists budget_status (
    run_id                 bigint not null,
    report_date            date not null,
    budget                 varchar not null,
    scope                  varchar not null,
    member                 varchar not null,   -- value, '(all)', or key=value for tag budgets
    period                 varchar not null,
    period_start           date not null,
    period_end             date not null,
    limit_usd              decimal(24, 12) not null,
    spent_usd              decimal(38, 12) not null,  -- period start through report_date
    remaining_usd          decimal(38, 12) not null,  -- limit - spent; negative when exceeded
    percent_used           decimal(18, 6) not null,
    status                 varchar not null,          -- ok, warning, exceeded
    threshold_reached_pct  integer,                   -- highest threshold reached, null: none
    thresholds             varchar not null,
    forecast_usd           decimal(38, 12) not null,  -- projected spend at period_end
    forecast_percent       decimal(18, 6) not null,
    projected_breach_date  date,                      -- first day the forecast goes above the limit
    exceeded_on            date,                      -- first day the spend went above the limit
    enforcement            varchar not null,
    owner                  varchar,
    unpriced_calls         bigint not null,           -- calls in the period with no price (not in spend)
    primary key (report_date, run_id, budget, member)
);
