-- spend_daily rows of the report period: from the first of the report date's month through the
-- report date, flagged on_report_date for the report date itself.
create or replace view spend_period as
select s.*, s.day = p.report_date as on_report_date
from spend_daily as s, report_period as p
where s.day between p.month_start and p.report_date;
