-- One team's cost center: ? = team, cost center.
insert into cost_centers values (?, ?);
