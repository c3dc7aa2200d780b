-- Every dataset ever applied, so that a start-up can tell by fingerprint whether the shipped file is already in.
CREATE TABLE region.dataset (
    id           BIGSERIAL PRIMARY KEY,
    label        TEXT        NOT NULL,
    fingerprint  CHAR(64)    NOT NULL,
    region_count INT         NOT NULL,
    added        INT         NOT NULL,
    renamed      INT         NOT NULL,
    retired      INT         NOT NULL,
    restored     INT         NOT NULL,
    loaded_at    TIMESTAMPTZ NOT NULL,
    loaded_by    TEXT        NOT NULL
);
CREATE INDEX dataset_fingerprint_idx ON region.dataset (fingerprint);

-- Codes are never deleted: records elsewhere may still point to a code that a later dataset dropped.
-- Codes are stored in their short form (61, 6101, 610113), the form RegionCode normalises to.
CREATE TABLE region.region (
    code         VARCHAR(6)  PRIMARY KEY CHECK (code ~ '^[0-9]{2}([0-9]{2}){0,2}$'),
    name         TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    parent_code  VARCHAR(4)  CHECK ((length(code) = 2) = (parent_code IS NULL)),
    level        TEXT        NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY')),
    retired      BOOLEAN     NOT NULL DEFAULT FALSE,
    retired_at   TIMESTAMPTZ,
    retired_in   TEXT
);
CREATE INDEX region_parent_idx ON region.region (parent_code, code);
