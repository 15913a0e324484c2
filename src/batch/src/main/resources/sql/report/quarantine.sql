-- Lines this run quarantined: file, line, reason, and a short redacted excerpt: the values of
-- text fields (content, text, prompt, input, instructions, system, query, message) are replaced
-- by [redacted], and at most 60 characters are shown. The full excerpt stays in the store.
select q.source_file as file, q.source_line as line, q.reason,
       left(regexp_replace(q.excerpt,
            '("(?:content|text|prompt|input|instructions|system|query|message)"\s*:\s*")(?:[^"\\]|\\.)*',
            '\1[redacted]', 'g'), 60) as excerpt
from quarantine as q, report_period as p
where q.run_id = p.run_id
order by q.source_file, q.source_line;
