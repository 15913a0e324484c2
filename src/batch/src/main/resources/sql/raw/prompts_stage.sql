create table if not exists prompts_stage as select * from prompts limit 0;
