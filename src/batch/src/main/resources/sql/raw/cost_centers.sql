-- Team -> cost center, from llmspend.monthly.cost-centers, replaced by each monthly run.
create table if not exists cost_centers (
    team         varchar primary key,
    cost_center  varchar not null
);
