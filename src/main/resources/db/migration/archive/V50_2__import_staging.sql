-- 批量导入: an uploaded spreadsheet, validated in full and staged, waiting for the uploader's choice
-- (import the valid rows, or nothing). Staging lets any instance apply it later without the file.
CREATE TABLE archive.import_batch (
    id                BIGSERIAL PRIMARY KEY,
    kind              TEXT NOT NULL,
    actor_username    TEXT NOT NULL,
    -- The uploader's territory when uploading (NULL for the platform admin): a batch is never shown
    -- outside it, even to its uploader after a move.
    actor_territory   TEXT CHECK (actor_territory ~ '^[0-9]{2}([0-9]{2}){0,2}$'),
    file_name         TEXT NOT NULL,
    fingerprint       TEXT NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
    state             TEXT NOT NULL CHECK (state IN ('VALIDATING','VALIDATED','APPLIED','DISCARDED')),
    total_rows        INT NOT NULL DEFAULT 0,
    valid_rows        INT NOT NULL DEFAULT 0,
    error_rows        INT NOT NULL DEFAULT 0,
    registered_rows   INT NOT NULL DEFAULT 0,
    repeated_rows     INT NOT NULL DEFAULT 0,
    applied_rows      INT NOT NULL DEFAULT 0,
    -- Progress for a concurrent viewer; written in transactions of their own.
    progress_phase    TEXT CHECK (progress_phase IN ('VALIDATING','APPLYING')),
    progress_done     INT NOT NULL DEFAULT 0,
    progress_total    INT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    validated_at      TIMESTAMPTZ,
    applied_at        TIMESTAMPTZ,
    discarded_at      TIMESTAMPTZ
);
CREATE INDEX import_batch_owner_idx ON archive.import_batch (actor_username, created_at DESC);
CREATE INDEX import_batch_fingerprint_idx ON archive.import_batch (fingerprint);

CREATE TABLE archive.import_row (
    batch_id    BIGINT NOT NULL REFERENCES archive.import_batch (id) ON DELETE CASCADE,
    row_number  INT NOT NULL,
    key         TEXT,
    payload     JSONB NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('VALID','ERROR','REGISTERED','REPEATED')),
    error       TEXT,
    PRIMARY KEY (batch_id, row_number)
);
CREATE INDEX import_row_status_idx ON archive.import_row (batch_id, status, row_number);
