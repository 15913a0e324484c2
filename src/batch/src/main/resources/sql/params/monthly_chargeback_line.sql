-- One chargeback line: ? = cost center, teams, direct, allocated, charged (USD).
insert into monthly_chargeback values (?, ?, ?, ?, ?);
