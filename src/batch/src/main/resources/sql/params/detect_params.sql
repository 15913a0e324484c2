-- The detect step's thresholds (llmspend.detect, docs/detect.md), one row, for the detectors.
create or replace table detect_params as
select cast(? as integer) as repeat_window_hours,
       cast(? as integer) as cache_lifetime_minutes,
       cast(? as integer) as system_prompt_max_tokens,
       cast(? as decimal(10, 6)) as system_prompt_max_share,
       cast(? as integer) as right_size_max_output_p95,
       cast(? as integer) as right_size_max_input_p95,
       cast(? as integer) as right_size_max_tools,
       cast(? as integer) as max_tokens_ratio,
       cast(? as integer) as max_tokens_min_gap,
       cast(? as integer) as retry_min_attempts,
       cast(? as integer) as retry_window_minutes,
       string_split(cast(? as varchar), ',') as batch_functions,
       cast(? as decimal(10, 6)) as history_min_share,
       cast(? as integer) as history_keep_tokens,
       cast(? as integer) as near_duplicate_max_lines,
       cast(? as decimal(10, 6)) as system_prompt_target_percentile;
