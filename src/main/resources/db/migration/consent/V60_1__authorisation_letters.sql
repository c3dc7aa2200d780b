-- 信用信息授权书: the worker's signed consent, kept SM4-encrypted (it carries a signature and an ID
-- number). A letter is never deleted; a newer one supersedes it, a revocation is dated.
CREATE TABLE consent.authorisation_letter (
    id                 BIGSERIAL PRIMARY KEY,
    worker_id          BIGINT NOT NULL,
    content_type       TEXT NOT NULL CHECK (content_type IN ('application/pdf','image/jpeg','image/png')),
    size_bytes         INT NOT NULL CHECK (size_bytes > 0),
    content_digest     CHAR(64) NOT NULL,
    content_sealed     BYTEA NOT NULL,
    platform_sharing   BOOLEAN NOT NULL,
    consumer_queries   BOOLEAN NOT NULL,
    region_code        TEXT NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
    enterprise_id      BIGINT,
    uploaded_by        TEXT NOT NULL,
    uploaded_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at         TIMESTAMPTZ
);
CREATE INDEX authorisation_letter_worker_idx ON consent.authorisation_letter (worker_id, uploaded_at DESC);
