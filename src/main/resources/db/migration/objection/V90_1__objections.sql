-- 异议期: when objections against one target may be filed. The module owning the target (rating for a
-- published result, record or list later) registers it; this module knows nothing of "publication".
CREATE TABLE objection.objection_window (
    id             BIGSERIAL PRIMARY KEY,
    target_kind    TEXT NOT NULL CHECK (target_kind IN ('RATING_RESULT','CREDIT_RECORD','LIST_ENTRY')),
    target_ref     TEXT NOT NULL CHECK (length(target_ref) BETWEEN 1 AND 200),
    target_label   TEXT,
    subject_kind   TEXT NOT NULL CHECK (subject_kind IN ('ENTERPRISE','WORKER','CONSUMER')),
    subject_id     BIGINT NOT NULL,
    subject_name   TEXT,
    -- The territory of the regulator who answers: the subject's county.
    region_code    TEXT NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
    -- The enterprise for enterprise subjects, so that its users reach their own windows; else null.
    enterprise_id  BIGINT,
    opens          DATE NOT NULL,
    closes         DATE NOT NULL,
    registered_by  TEXT NOT NULL,
    registered_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (opens <= closes),
    UNIQUE (target_kind, target_ref)
);
CREATE INDEX objection_window_open_idx ON objection.objection_window (closes, opens);
CREATE INDEX objection_window_enterprise_idx ON objection.objection_window (enterprise_id) WHERE enterprise_id IS NOT NULL;

-- 异议申请. Only the state and, once, the answer or withdrawal are ever set after filing, each by an UPDATE
-- guarded by state = 'FILED'; every change is also a row of objection.state_change.
CREATE TABLE objection.objection (
    id                    BIGINT PRIMARY KEY,
    window_id             BIGINT NOT NULL REFERENCES objection.objection_window (id),
    target_kind           TEXT NOT NULL,
    target_ref            TEXT NOT NULL,
    target_label          TEXT,
    subject_kind          TEXT NOT NULL,
    subject_id            BIGINT NOT NULL,
    subject_name          TEXT,
    region_code           TEXT NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
    enterprise_id         BIGINT,
    objector_account_id   BIGINT NOT NULL,
    objector_username     TEXT NOT NULL,
    objector_name         TEXT,
    reason                TEXT NOT NULL,
    -- Personal data of the contact person: SM4-sealed with the objection id as associated data.
    contact_name_sealed   TEXT NOT NULL,
    contact_phone_sealed  TEXT NOT NULL,
    filed_at              TIMESTAMPTZ NOT NULL,
    filed_on              DATE NOT NULL,
    window_closes         DATE NOT NULL,
    answer_deadline       DATE NOT NULL,
    state                 TEXT NOT NULL CHECK (state IN ('FILED','UPHELD','REJECTED','WITHDRAWN')),
    answer                TEXT,
    answered_by           TEXT,
    answered_by_name      TEXT,
    answered_at           TIMESTAMPTZ,
    withdrawn_at          TIMESTAMPTZ,
    CHECK ((state IN ('UPHELD','REJECTED')) = (answer IS NOT NULL AND answered_at IS NOT NULL)),
    CHECK ((state = 'WITHDRAWN') = (withdrawn_at IS NOT NULL))
);
CREATE SEQUENCE objection.objection_id_seq OWNED BY objection.objection.id;
-- One open objection per subject and target.
CREATE UNIQUE INDEX objection_one_open_idx ON objection.objection (target_kind, target_ref, subject_kind, subject_id)
    WHERE state = 'FILED';
-- The regulator's queue: territory, then the working-day deadline.
CREATE INDEX objection_queue_idx ON objection.objection (region_code text_pattern_ops, answer_deadline, id);
-- "Every objection against this run answered?": open objections by target reference prefix.
CREATE INDEX objection_open_target_idx ON objection.objection (target_kind, target_ref text_pattern_ops) WHERE state = 'FILED';
CREATE INDEX objection_enterprise_idx ON objection.objection (enterprise_id, id DESC) WHERE enterprise_id IS NOT NULL;
CREATE INDEX objection_objector_idx ON objection.objection (objector_account_id, id DESC);

-- The history: filing is the first row (from_state null); rows are only ever added.
CREATE TABLE objection.state_change (
    id            BIGSERIAL PRIMARY KEY,
    objection_id  BIGINT NOT NULL REFERENCES objection.objection (id),
    from_state    TEXT,
    to_state      TEXT NOT NULL,
    note          TEXT,
    changed_by    TEXT NOT NULL,
    changed_role  TEXT NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX state_change_objection_idx ON objection.state_change (objection_id, id);

CREATE FUNCTION objection.refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '异议处理记录只能追加，不能修改或删除'
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'objection.state_change is append-only (' || TG_OP || ' refused)';
END;
$$;

CREATE TRIGGER state_change_no_update_or_delete
    BEFORE UPDATE OR DELETE ON objection.state_change
    FOR EACH ROW EXECUTE FUNCTION objection.refuse_change();

CREATE TRIGGER state_change_no_truncate
    BEFORE TRUNCATE ON objection.state_change
    FOR EACH STATEMENT EXECUTE FUNCTION objection.refuse_change();

-- 证明材料: PDF, JPEG or PNG by content, SM4-sealed (they may name people).
CREATE TABLE objection.attachment (
    id              BIGSERIAL PRIMARY KEY,
    objection_id    BIGINT NOT NULL REFERENCES objection.objection (id),
    filename        TEXT NOT NULL,
    content_type    TEXT NOT NULL CHECK (content_type IN ('application/pdf','image/jpeg','image/png')),
    size_bytes      INT NOT NULL CHECK (size_bytes > 0),
    content_digest  CHAR(64) NOT NULL,
    content_sealed  BYTEA NOT NULL,
    uploaded_by     TEXT NOT NULL,
    uploaded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX attachment_objection_idx ON objection.attachment (objection_id);
