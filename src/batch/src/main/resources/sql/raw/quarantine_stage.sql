create table if not exists quarantine_stage as select * from quarantine limit 0;
