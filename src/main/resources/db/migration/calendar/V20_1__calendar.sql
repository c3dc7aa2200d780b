-- Only the exceptions are stored: a day in neither list follows the week (Mon-Fri working, Sat/Sun rest).
CREATE TABLE calendar.official_day (
    day         DATE PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    festival_zh TEXT,
    festival_en TEXT,
    -- A workday is by definition a weekend day that is worked (调休); ISO day of week 6 = Saturday, 7 = Sunday.
    CHECK (kind <> 'workday' OR extract(isodow FROM day) IN (6, 7))
);

-- A year without a row here is unknown: computations touching it fail rather than guess.
CREATE TABLE calendar.loaded_year (
    year         INT PRIMARY KEY CHECK (year BETWEEN 1949 AND 2200),
    source_label TEXT        NOT NULL,
    fingerprint  CHAR(64)    NOT NULL,
    day_count    INT         NOT NULL,
    shipped      BOOLEAN     NOT NULL,
    loaded_at    TIMESTAMPTZ NOT NULL,
    loaded_by    TEXT        NOT NULL
);
