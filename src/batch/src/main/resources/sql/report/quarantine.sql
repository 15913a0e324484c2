-- Lines this run quarantined: file, line, reason, and the line's structure (keys and value
-- lengths, never values: io.llmspend.batch.text.LineShape, at most 120 characters). Excerpts
-- stored by older versions held the line's start: the values of their text fields are replaced
-- by [redacted] here, and at most 120 characters are shown.
select q.source_file as file, q.source_line as line, q.reason,
       left(regexp_replace(q.excerpt,
            '("(?:content|text|prompt|input|instructions|system|query|message)"\s*:\s*")(?:[^"\\]|\\.)*',
            '\1[redacted]', 'g'), 120) as excerpt
from quarantine as q, report_period as p
where q.run_id = p.run_id
order by q.source_file, q.source_line;
