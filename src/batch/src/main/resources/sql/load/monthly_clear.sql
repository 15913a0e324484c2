delete from cost_centers;
delete from monthly_chargeback;
