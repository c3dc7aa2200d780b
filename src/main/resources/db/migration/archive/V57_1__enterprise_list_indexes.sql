-- The regulator's list at province scale (issue 5): a city holds ~40 % of a province's enterprises, so
-- its newest page is read from an index in list order instead of sorting the whole territory, and the
-- counts are read from enterprise_territory_idx alone (index-only) instead of from the table.
CREATE INDEX enterprise_recent_idx ON archive.enterprise (updated_at DESC, id DESC);

-- An enterprise is reached through the county it is moving to only while a move is under review: a
-- handful of rows. Kept as a column, so that the planner knows how few they are: with a partial index on
-- latest_region_code <> region_code alone it expects as many rows again as the territory holds, and
-- then reads a small county's list in date order through the whole province.
ALTER TABLE archive.enterprise
    ADD COLUMN moving BOOLEAN GENERATED ALWAYS AS (latest_region_code <> region_code) STORED;
DROP INDEX archive.enterprise_latest_territory_idx;
CREATE INDEX enterprise_moving_idx ON archive.enterprise (latest_region_code text_pattern_ops) WHERE moving;
