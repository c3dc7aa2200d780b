-- What the rating engine reads of a worker's released file without unsealing it: the sum of the
-- training hours joins the summary columns written on release (skill level, health, trainings,
-- insurance). Released content is sealed (SM4), so SQL cannot backfill it: rows released before this
-- migration hold 0 until their next release.
ALTER TABLE archive.worker ADD COLUMN training_hours INT NOT NULL DEFAULT 0;

-- The rating engine pages through a territory's subjects in id order and counts each enterprise's
-- current workers: both stay on indexes.
CREATE INDEX enterprise_rating_idx ON archive.enterprise (id) INCLUDE (region_code, released_number);
CREATE INDEX employment_active_idx ON archive.employment (enterprise_id) INCLUDE (worker_id) WHERE state = 'ACTIVE';
CREATE INDEX employment_started_idx ON archive.employment (worker_id, decided_at) WHERE state IN ('ACTIVE', 'ENDED');
