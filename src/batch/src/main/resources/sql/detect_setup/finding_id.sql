-- finding_id(...): a finding's stable id, the same whenever the same waste is found again: a kind
-- code and a hash of kind, team, function, model, prompt, provider and subject (RR-646D3B41).
create or replace macro finding_id(kind, team, function, model, prompt_hash, provider, subject) as
    upper(case kind when 'repeated_request' then 'RR' when 'cacheable_prefix' then 'CP'
                    when 'cache_write_unread' then 'CW' when 'long_system_prompt' then 'SP'
                    when 'right_size_model' then 'RS' when 'over_reserved_max_tokens' then 'MT'
                    when 'billed_failure' then 'BF' when 'retry_storm' then 'RT'
                    when 'batch_candidate' then 'BC' when 'growing_history' then 'GH'
                    when 'near_duplicate_prompt' then 'ND'
                    else 'XX' end) || '-'
        || upper(left(md5(concat_ws('|', kind, team, function, model, prompt_hash, provider,
                                    subject)), 8));
