delete from monthly_reprice_stage;
