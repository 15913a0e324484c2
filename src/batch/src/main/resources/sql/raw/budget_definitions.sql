-- The budgets of jobs/budgets.yml as each run applied them (history kept: one row per run and
-- budget), with the run's current period and run-rate window. See docs/budgets.md.
create table if not exists budget_definitions (
    run_id                 bigint not null,
    report_date            date not null,
    name                   varchar not null,
    scope                  varchar not null,   -- global, team, function, user, model, api_key, tag
    member                 varchar not null,   -- a value, '*' (each member) or '(all)' (global)
    tag_key                varchar,            -- tag budgets: the tag key; member is its value
    period                 varchar not null,   -- day, week, month, quarter
    period_start           date not null,      -- the period holding report_date
    period_end             date not null,
    forecast_window_start  date not null,      -- first day of the run-rate window
    limit_usd              decimal(24, 12) not null,
    thresholds             varchar not null,   -- alert thresholds in percent, ascending: 50,80,100
    enforcement            varchar not null,   -- hard, soft
    owner                  varchar,
    source_line            integer not null,   -- line in the budgets file
    primary key (report_date, run_id, name)
);
