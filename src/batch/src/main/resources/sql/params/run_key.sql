-- Number a run on its first start (? = run key): the next id after every id the store has
-- seen. A restart finds its key and keeps its id.
insert into run_keys
select cast(? as varchar),
       greatest(coalesce((select max(run_id) from run_keys), 0),
                coalesce((select max(run_id) from runs), 0),
                coalesce((select max(run_id) from calls), 0)) + 1,
       now()
on conflict do nothing;
