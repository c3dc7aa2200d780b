-- One revision table for every kind of credit file (decision 0003): one workflow, one freeze trigger
-- and one review queue serve enterprise files (一企一档) and worker files (一人一档).
-- Enterprise content is plain JSON; worker content holds health details, so it is kept only
-- SM4-GCM sealed (bound to its kind, subject and number) and never as JSON.
CREATE TABLE archive.revision (
    kind            TEXT NOT NULL CHECK (kind IN ('ENTERPRISE','WORKER')),
    subject_id      BIGINT NOT NULL,
    number          INT NOT NULL CHECK (number > 0),
    state           TEXT NOT NULL CHECK (state IN ('DRAFT','SUBMITTED','RETURNED','PUBLICITY','RELEASED','SUPERSEDED')),
    region_code     TEXT NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
    content         JSONB,
    content_sealed  TEXT,
    created_by      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    submitted_by    TEXT,
    submitted_at    TIMESTAMPTZ,
    decided_by      TEXT,
    decided_at      TIMESTAMPTZ,
    return_reason   TEXT,
    publicity_ends  DATE,
    released_at     TIMESTAMPTZ,
    PRIMARY KEY (kind, subject_id, number),
    CONSTRAINT revision_content_one_form CHECK ((content IS NULL) <> (content_sealed IS NULL)),
    CONSTRAINT revision_worker_sealed CHECK (kind <> 'WORKER' OR content IS NULL)
);
INSERT INTO archive.revision (kind, subject_id, number, state, region_code, content, created_by, created_at,
        submitted_by, submitted_at, decided_by, decided_at, return_reason, publicity_ends, released_at)
    SELECT 'ENTERPRISE', enterprise_id, number, state, region_code, content, created_by, created_at,
        submitted_by, submitted_at, decided_by, decided_at, return_reason, publicity_ends, released_at
      FROM archive.enterprise_revision;
DROP TABLE archive.enterprise_revision;

CREATE UNIQUE INDEX revision_one_open ON archive.revision (kind, subject_id)
    WHERE state IN ('DRAFT','SUBMITTED','RETURNED','PUBLICITY');
CREATE INDEX revision_queue_idx ON archive.revision (state, region_code text_pattern_ops);

CREATE OR REPLACE FUNCTION archive.freeze_submitted_content() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.state NOT IN ('DRAFT','RETURNED')
       AND (NEW.content IS DISTINCT FROM OLD.content OR NEW.content_sealed IS DISTINCT FROM OLD.content_sealed) THEN
        RAISE EXCEPTION '已提交的档案修订不能修改（% %，第 % 版）', OLD.kind, OLD.subject_id, OLD.number
            USING ERRCODE = '42501';
    END IF;
    IF NEW.kind IS DISTINCT FROM OLD.kind OR NEW.subject_id IS DISTINCT FROM OLD.subject_id
       OR NEW.number IS DISTINCT FROM OLD.number THEN
        RAISE EXCEPTION '档案修订的归属不能修改（% %，第 % 版）', OLD.kind, OLD.subject_id, OLD.number
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER revision_frozen BEFORE UPDATE ON archive.revision
    FOR EACH ROW EXECUTE FUNCTION archive.freeze_submitted_content();
CREATE OR REPLACE FUNCTION archive.refuse_revision_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '档案修订不能删除（% %，第 % 版）', OLD.kind, OLD.subject_id, OLD.number USING ERRCODE = '42501';
END $$;
CREATE TRIGGER revision_no_delete BEFORE DELETE ON archive.revision
    FOR EACH ROW EXECUTE FUNCTION archive.refuse_revision_delete();
-- For statement-level and other tables, where no revision row is at hand to name.
CREATE FUNCTION archive.refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '档案历史不能改写（表 %，操作 %）', TG_TABLE_NAME, TG_OP USING ERRCODE = '42501';
END $$;
CREATE TRIGGER revision_no_truncate BEFORE TRUNCATE ON archive.revision
    FOR EACH STATEMENT EXECUTE FUNCTION archive.refuse_rewrite();

-- Where a worker's file stands, like archive.enterprise: NULL state until its first draft is saved.
-- The released file's few facts that ratings and lists need are kept beside it, so that nothing has
-- to be decrypted to count them; none of them is a health or background-check detail (decision 0004).
ALTER TABLE archive.worker
    ADD COLUMN state TEXT CHECK (state IN ('DRAFT','SUBMITTED','RETURNED','PUBLICITY','RELEASED')),
    ADD COLUMN latest_number INT NOT NULL DEFAULT 0,
    ADD COLUMN released_number INT,
    ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD COLUMN skill_level TEXT,
    ADD COLUMN health_valid_until DATE,
    ADD COLUMN training_count INT NOT NULL DEFAULT 0,
    ADD COLUMN insured_until DATE,
    ADD COLUMN background_clear_until DATE;
CREATE INDEX worker_state_idx ON archive.worker (state, region_code text_pattern_ops);

-- 犯罪背景核查: results as the public-security authority reports them, entered by a regulator. The
-- whole result (authority, outcome, category) is sealed; only the date until which a clear result is
-- valid is kept on the worker, for ratings. Never updated, never deleted: a new check is a new row.
CREATE TABLE archive.background_check (
    id            BIGSERIAL PRIMARY KEY,
    worker_id     BIGINT NOT NULL REFERENCES archive.worker (id),
    checked_on    DATE NOT NULL,
    valid_until   DATE NOT NULL CHECK (valid_until >= checked_on),
    sealed        TEXT NOT NULL,
    recorded_by   TEXT NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX background_check_worker_idx ON archive.background_check (worker_id, checked_on DESC, id DESC);
CREATE TRIGGER background_check_append_only BEFORE DELETE OR UPDATE ON archive.background_check
    FOR EACH ROW EXECUTE FUNCTION archive.refuse_rewrite();
CREATE TRIGGER background_check_no_truncate BEFORE TRUNCATE ON archive.background_check
    FOR EACH STATEMENT EXECUTE FUNCTION archive.refuse_rewrite();
