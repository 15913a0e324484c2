-- Showback by team for the month, with each team's cost center
-- (sql/marts/spend_totals_by_team.sql).
select t.team,
       coalesce(c.cost_center, case when t.team = '(untagged)' then '(unallocated)'
                                    else '(no cost center)' end) as cost_center,
       t.spend_usd, t.share_of_spend, t.calls, t.input_tokens, t.output_tokens, t.unpriced_calls
from spend_totals_by_team((select month_start from monthly_period),
                          (select month_end from monthly_period),
                          (select month_end from monthly_period)) as t
    left join cost_centers as c on c.team = t.team
order by spend_usd desc nulls last, t.team;
