-- The prompt text of each recommendation of the report date that names a prompt, for its excerpt.
select r.id, t.text
from recommendations as r
join prompts as t on t.prompt_hash = r.prompt_hash
where r.report_date = (select report_date from report_period)
order by r.id;
