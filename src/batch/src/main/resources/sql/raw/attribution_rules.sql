-- Attribution rules from jobs/attribution.yml, replaced at each run: they fill team and function
-- where the logs leave them empty. match_kind: api_key (match_value = api_key_id) or
-- system_prompt (match_value = a prefix of system_prompt_hash, the prompt's fingerprint).
create table if not exists attribution_rules (
    rule_order   integer not null,
    match_kind   varchar not null,
    match_value  varchar not null,
    team         varchar,
    function     varchar
);
