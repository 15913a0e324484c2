delete from calls_stage;
delete from quarantine_stage;
delete from prompts_stage;
