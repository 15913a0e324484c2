-- The budget lines of the Summary sheet: one row.
select count(*) as members,
       count(*) filter (where s.status = 'exceeded') as exceeded,
       count(*) filter (where s.status = 'exceeded' and s.enforcement = 'hard') as hard_exceeded,
       count(*) filter (where s.status = 'warning') as warnings,
       count(*) filter (where s.projected_breach_date is not null) as projected_breaches,
       (select count(*) from budget_alerts as a
        where a.run_id = p.run_id and a.report_date = p.report_date) as alerts
from report_period as p
left join budget_status as s on s.run_id = p.run_id and s.report_date = p.report_date
group by p.run_id, p.report_date;
