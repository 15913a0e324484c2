-- One attribution rule: ? = rule order, match kind, match value, team, function.
insert into attribution_rules values (?, ?, ?, ?, ?);
