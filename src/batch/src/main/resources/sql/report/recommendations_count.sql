-- Number of recommendations of the report date.
select count(*) from recommendations where report_date = (select report_date from report_period);
