-- The excerpt of one recommendation of the report date: ? = excerpt, id.
update recommendations set excerpt = ?
where report_date = (select report_date from report_period) and id = ?;
