-- The Summary sheet's waste figures: savings identified per month, findings, observed days.
select coalesce(sum(r.savings_per_month_usd), 0) as savings_per_month_usd,
       count(r.id) as findings,
       (select count(distinct c.day) from calls as c
        where c.day between p.month_start and p.report_date) as observed_days
from report_period as p
left join recommendations as r on r.report_date = p.report_date
group by p.month_start, p.report_date;
