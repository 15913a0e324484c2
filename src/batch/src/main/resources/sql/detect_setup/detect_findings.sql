-- What every detector query returns (inserted by name): one row per finding. savings_usd is over
-- the observed days (month to date through the report date), exact; tokens are the tokens the
-- savings are computed on; call_savings lists every call the finding is about with its saving on
-- that call alone (sum = savings_usd; 0 for findings that claim none). Columns a detector does
-- not return are null.
create or replace table detect_findings (
    kind                varchar not null,
    team                varchar,
    function            varchar,
    provider            varchar,
    model               varchar,
    calls               bigint not null,
    tokens              bigint not null,
    example_request_ids varchar,
    prompt_hash         varchar,
    subject             varchar,   -- what else tells two findings of one kind apart (optional)
    savings_usd         decimal(38, 12) not null,
    formula             varchar not null,
    confidence          varchar not null,
    fix                 varchar not null,
    evidence            varchar not null,
    -- per call: what the finding saves on it on its own (detect_totals/finding_calls.sql)
    call_savings        struct(call_key varchar, usd decimal(38, 12))[]
);
