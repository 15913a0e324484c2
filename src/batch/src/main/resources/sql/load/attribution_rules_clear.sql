delete from attribution_rules;
