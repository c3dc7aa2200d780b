-- 一人一档, the identity part: who the worker is. Sensitive values are kept only SM4-encrypted
-- (bound to their row by the associated data), found through HMAC-SM3 blind indexes, and shown
-- masked; the masked forms are stored so that lists never decrypt.
CREATE TABLE archive.worker (
    id                  BIGSERIAL PRIMARY KEY,
    resident_id_index   CHAR(64) NOT NULL UNIQUE,
    resident_id_sealed  TEXT NOT NULL,
    resident_id_masked  TEXT NOT NULL,
    name                TEXT NOT NULL,
    gender              TEXT NOT NULL CHECK (gender IN ('MALE','FEMALE')),
    phone_sealed        TEXT,
    phone_masked        TEXT,
    region_code         TEXT NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
    enterprise_id       BIGINT REFERENCES archive.enterprise (id),
    created_by          TEXT NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX worker_territory_idx ON archive.worker (region_code text_pattern_ops);
CREATE INDEX worker_enterprise_idx ON archive.worker (enterprise_id);
CREATE INDEX worker_name_idx ON archive.worker (name text_pattern_ops);
