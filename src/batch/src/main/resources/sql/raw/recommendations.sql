-- Waste findings of the detect step (docs/detect.md): one row per finding and report date; a
-- re-run for the same report date replaces that date's rows, other dates are kept as history.
create table if not exists recommendations (
    report_date          date not null,
    run_id               bigint not null,
    id                   varchar not null,         -- stable: kind code + hash of kind, team, function, model, prompt
    rank                 integer not null,         -- 1 = largest monthly savings
    kind                 varchar not null,
    team                 varchar,
    function             varchar,
    provider             varchar,
    model                varchar,
    calls                bigint not null,          -- calls the savings are computed on
    tokens               bigint not null,          -- tokens the savings are computed on
    example_request_ids  varchar,                  -- up to 3, space-separated
    prompt_hash          varchar,                  -- system prompt SHA-256 (text in prompts)
    excerpt              varchar,                  -- short redacted start of that prompt
    observed_days        integer not null,         -- days with calls, month start .. report date
    days_in_month        integer not null,
    savings_observed_usd decimal(38, 12) not null, -- over the observed days, exact
    savings_per_month_usd decimal(38, 12) not null, -- observed x days_in_month / observed_days
    formula              varchar not null,
    confidence           varchar not null,         -- high | medium | low: needs a quality check | info
    fix                  varchar not null,
    evidence             varchar not null,
    primary key (report_date, id)
);
