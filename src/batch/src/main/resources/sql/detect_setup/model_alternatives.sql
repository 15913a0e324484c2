-- The cheaper model of the same provider that right-sizing suggests for a premium price-book
-- model (docs/detect.md). Price: the price book; quality: not known (needs a quality check).
create or replace table model_alternatives as
select * from (values
    ('gpt-4o', 'gpt-4o-mini'),
    ('gpt-4.1', 'gpt-4.1-mini'),
    ('gpt-5', 'gpt-5-mini'),
    ('o3', 'o4-mini'),
    ('claude-opus-4', 'claude-sonnet-4'),
    ('claude-opus-4-1', 'claude-sonnet-4-5'),
    ('claude-opus-4-5', 'claude-sonnet-4-5'),
    ('claude-opus-4-6', 'claude-sonnet-4-6'),
    ('claude-sonnet-4', 'claude-3-5-haiku'),
    ('claude-sonnet-4-5', 'claude-haiku-4-5'),
    ('claude-sonnet-4-6', 'claude-haiku-4-5'),
    ('gemini-2.5-pro', 'gemini-2.5-flash')
) as t(model, cheaper_model);
