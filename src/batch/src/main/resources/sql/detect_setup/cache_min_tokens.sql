-- Minimum cacheable prefix per price-book model, in tokens: below it nothing is cached
-- (FORMATS.md 4.1, checked 2026-11-29). model '*' is the provider's default. OpenAI: 1,024, hits
-- in 128-token steps; Anthropic: 1,024, 2,048 (Haiku 3/3.5) or 4,096 (Opus 4.5/4.6, Haiku 4.5),
-- Sonnet 4.6 sources disagree (1,024 or 2,048): the larger is taken; Gemini API: 2.5 Flash and
-- Flash-Lite 1,024, 2.5 Pro 4,096, others 2,048 (Vertex AI minimum).
create or replace table cache_min_tokens as
select * from (values
    ('openai', '*', 1024, 128),
    ('azure_openai', '*', 1024, 128),
    ('anthropic', '*', 1024, 1),
    ('anthropic', 'claude-3-5-haiku', 2048, 1),
    ('anthropic', 'claude-3-haiku', 2048, 1),
    ('anthropic', 'claude-haiku-4-5', 4096, 1),
    ('anthropic', 'claude-opus-4-5', 4096, 1),
    ('anthropic', 'claude-opus-4-6', 4096, 1),
    ('anthropic', 'claude-sonnet-4-6', 2048, 1),
    ('bedrock', '*', 1024, 1),
    ('google', '*', 2048, 1),
    ('google', 'gemini-2.5-flash', 1024, 1),
    ('google', 'gemini-2.5-flash-lite', 1024, 1),
    ('google', 'gemini-2.5-pro', 4096, 1)
) as t(provider, model, min_tokens, step_tokens);
