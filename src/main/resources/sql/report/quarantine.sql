-- Lines this run quarantined: file, line, reason.
select q.source_file as file, q.source_line as line, q.reason, q.excerpt
from quarantine as q, report_period as p
where q.run_id = p.run_id
order by q.source_file, q.source_line;
