-- Scoring models with their whole history: a version, once stored, is never changed (only its state
-- moves), so a result that names model id and version can always be re-evaluated with the very text.
CREATE TABLE rating.model_version (
    model_id      TEXT NOT NULL CHECK (model_id ~ '^[a-z0-9][a-z0-9-]{1,60}$'),
    version       INT NOT NULL CHECK (version > 0),
    name          TEXT NOT NULL,
    subject_kind  TEXT NOT NULL CHECK (subject_kind IN ('ENTERPRISE','WORKER')),
    source        TEXT NOT NULL,
    fingerprint   CHAR(64) NOT NULL UNIQUE,
    state         TEXT NOT NULL CHECK (state IN ('CANDIDATE','ACTIVE','RETIRED')),
    uploaded_by   TEXT NOT NULL,
    uploaded_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    activated_by  TEXT,
    activated_at  TIMESTAMPTZ,
    retired_by    TEXT,
    retired_at    TIMESTAMPTZ,
    PRIMARY KEY (model_id, version)
);
CREATE UNIQUE INDEX model_version_one_active ON rating.model_version (model_id) WHERE state = 'ACTIVE';

CREATE FUNCTION rating.refuse_model_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW.source IS DISTINCT FROM OLD.source OR NEW.model_id IS DISTINCT FROM OLD.model_id
       OR NEW.version IS DISTINCT FROM OLD.version OR NEW.fingerprint IS DISTINCT FROM OLD.fingerprint THEN
        RAISE EXCEPTION '评价模型版本不能修改或删除（%，第 % 版）', OLD.model_id, OLD.version USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER model_version_frozen BEFORE UPDATE OR DELETE ON rating.model_version
    FOR EACH ROW EXECUTE FUNCTION rating.refuse_model_rewrite();

-- A run rates one model version over one territory on one day (as_of), batch by batch. The cursor is
-- the last subject id whose result is stored: a run resumes from it. The lease says which instance is
-- executing it and until when; another instance may take over only once it has expired.
CREATE TABLE rating.run (
    id             BIGSERIAL PRIMARY KEY,
    model_id       TEXT NOT NULL,
    model_version  INT NOT NULL,
    subject_kind   TEXT NOT NULL CHECK (subject_kind IN ('ENTERPRISE','WORKER')),
    territory      TEXT CHECK (territory ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6})$'),
    kind           TEXT NOT NULL CHECK (kind IN ('FULL','DRY','DYNAMIC')),
    state          TEXT NOT NULL CHECK (state IN ('RUNNING','DONE','FAILED')),
    as_of          DATE NOT NULL,
    total          BIGINT NOT NULL DEFAULT 0,
    done           BIGINT NOT NULL DEFAULT 0,
    skipped        BIGINT NOT NULL DEFAULT 0,
    cursor_id      BIGINT NOT NULL DEFAULT 0,
    batches        INT NOT NULL DEFAULT 0,
    lease_owner    TEXT,
    lease_until    TIMESTAMPTZ,
    failure        TEXT,
    started_by     TEXT NOT NULL,
    started_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at    TIMESTAMPTZ,
    FOREIGN KEY (model_id, model_version) REFERENCES rating.model_version (model_id, version)
);
-- One running run per model and territory (the whole country counts as a territory of its own).
CREATE UNIQUE INDEX run_one_running ON rating.run (model_id, COALESCE(territory, ''))
    WHERE state = 'RUNNING' AND kind <> 'DYNAMIC';
CREATE INDEX run_lease_idx ON rating.run (lease_until) WHERE state = 'RUNNING';
CREATE INDEX run_territory_idx ON rating.run (territory text_pattern_ops, id DESC);

-- One result per subject and run. Features, points and breakers are kept as used, with the model
-- version, so the result can be explained and re-evaluated later exactly. stage: INITIAL (初评) until
-- the objection module publishes and finalises it.
CREATE TABLE rating.result (
    run_id            BIGINT NOT NULL REFERENCES rating.run (id),
    subject_kind      TEXT NOT NULL CHECK (subject_kind IN ('ENTERPRISE','WORKER')),
    subject_id        BIGINT NOT NULL,
    region_code       TEXT NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
    enterprise_id     BIGINT,
    model_id          TEXT NOT NULL,
    model_version     INT NOT NULL,
    score             INT NOT NULL,
    grade             TEXT,
    band              TEXT NOT NULL,
    features          JSONB NOT NULL,
    indicator_points  JSONB NOT NULL,
    dimension_points  JSONB NOT NULL,
    breakers          JSONB NOT NULL,
    stage             TEXT NOT NULL DEFAULT 'INITIAL' CHECK (stage IN ('INITIAL','PUBLISHED','FINAL')),
    rated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, subject_kind, subject_id)
);
CREATE INDEX result_subject_idx ON rating.result (subject_kind, subject_id, run_id DESC);
CREATE INDEX result_grade_idx ON rating.result (run_id, grade);
