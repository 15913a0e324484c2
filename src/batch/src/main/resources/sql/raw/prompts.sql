-- Prompt texts stored once by hash (SHA-256 hex of the text), not once per call.
create table if not exists prompts (
    prompt_hash   varchar primary key,
    kind          varchar not null,   -- system
    text          varchar not null,
    tokens        bigint not null,
    encoding      varchar not null,
    first_seen_ts timestamp not null
);
