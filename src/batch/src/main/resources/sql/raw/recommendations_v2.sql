-- Savings identified with each call counted once (docs/detect.md): a finding's part of the
-- de-overlapped total, over the observed days and per month. Rows of earlier versions: null.
alter table recommendations add column if not exists counted_observed_usd decimal(38, 12);
alter table recommendations add column if not exists counted_per_month_usd decimal(38, 12);
-- Minimum evidence (docs/detect.md): false for a finding kept with confidence low.
alter table recommendations add column if not exists recommended boolean;
