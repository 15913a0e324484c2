-- Privacy retention (? = cutoff timestamp, UTC): prompt texts not used by any call since the
-- cutoff are dropped (set to ''); their hashes and token counts stay.
update prompts set text = ''
where text <> ''
  and prompt_hash not in (select system_prompt_hash from calls
                          where ts >= cast(? as timestamp) and system_prompt_hash is not null);
