-- 用工关系: a worker's tie to an enterprise, effective only when the other side has confirmed. The
-- worker's file is kept by the enterprise of the active employment; history stays.
CREATE TABLE archive.employment (
    id                BIGSERIAL PRIMARY KEY,
    worker_id         BIGINT NOT NULL REFERENCES archive.worker (id),
    enterprise_id     BIGINT NOT NULL REFERENCES archive.enterprise (id),
    state             TEXT NOT NULL CHECK (state IN ('PROPOSED','ACTIVE','DECLINED','ENDED')),
    proposed_by_side  TEXT NOT NULL CHECK (proposed_by_side IN ('ENTERPRISE','WORKER')),
    proposed_by       TEXT NOT NULL,
    proposed_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    decided_by        TEXT,
    decided_at        TIMESTAMPTZ,
    ended_by          TEXT,
    ended_at          TIMESTAMPTZ
);
CREATE UNIQUE INDEX employment_one_open_per_pair ON archive.employment (worker_id, enterprise_id)
    WHERE state IN ('PROPOSED','ACTIVE');
CREATE INDEX employment_enterprise_idx ON archive.employment (enterprise_id, state);
CREATE INDEX employment_worker_idx ON archive.employment (worker_id, proposed_at DESC);
