-- Lines quarantined for the report date, by this run or an earlier run for the same date
-- (sql/marts/quarantine_reported.sql): file, line, reason, and the line's structure (keys and value
-- lengths, never values: io.llmspend.batch.text.LineShape, at most 120 characters). Excerpts
-- stored by older versions held the line's start: the values of their text fields are replaced
-- by [redacted] here, and at most 120 characters are shown.
-- At most 1,000 rows per file (a gzip of a million bad lines would write a 46 MB file): past
-- that, one row per file says how many more there are. Every row stays in the store's
-- quarantine table, and Data quality counts them all.
with numbered as (
    select q.source_file, q.source_line, q.reason, q.excerpt,
           row_number() over (partition by q.source_file order by q.source_line) as n,
           count(*) over (partition by q.source_file) as in_file
    from quarantine_reported as q
)
select source_file as file, source_line as line, reason,
       left(regexp_replace(excerpt,
            '("(?:content|text|prompt|input|instructions|system|query|message)"\s*:\s*")(?:[^"\\]|\\.)*',
            '\1[redacted]', 'g'), 120) as excerpt
from numbered
where n <= 1000
union all
select source_file, null, printf('%d more lines of this file quarantined, not listed here (all '
       || 'in the store, table quarantine)', in_file - 1000), null
from numbered
where n = 1001
order by file, line nulls last;
