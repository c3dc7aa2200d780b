-- The worker's own account, once they have one: how a worker reaches their own file and sees who
-- looked at their data. An account belongs to at most one worker.
ALTER TABLE archive.worker ADD COLUMN account_id BIGINT UNIQUE;
