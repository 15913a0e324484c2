-- stable_mode(histogram(x)): the most frequent value of x, the smallest of them on a tie (DuckDB's
-- mode() picks any of the tied values, so a finding's prompt could change between two identical
-- runs); NULL when x has no value.
create or replace macro stable_mode(h) as
    list_sort(list_filter(map_keys(h), k -> h[k] = list_max(map_values(h))))[1];
