-- 信用信息类型: the administrator-extensible catalogue. A type is never deleted (records name it), only
-- deactivated. Its direction and severity are copied into each record at entry, so that a record keeps
-- the publicity it was entered with.
CREATE TABLE record.record_type (
    code           TEXT PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,60}$'),
    name_zh        TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    -- One type may apply to several kinds of subject (a substantiated complaint: enterprise and worker).
    subject_kinds  TEXT[] NOT NULL CHECK (cardinality(subject_kinds) > 0
                       AND subject_kinds <@ ARRAY['ENTERPRISE','WORKER','CONSUMER']),
    direction      TEXT NOT NULL CHECK (direction IN ('POSITIVE','NEGATIVE')),
    severity       TEXT NOT NULL CHECK (severity IN ('NONE','MINOR','GENERAL','SERIOUS')),
    sort           INT NOT NULL,
    active         BOOLEAN NOT NULL DEFAULT TRUE,
    CHECK ((direction = 'POSITIVE') = (severity = 'NONE'))
);
-- Sensitive personal results (background check, health) are MINOR: never published, in effect until
-- repaired or revoked.
INSERT INTO record.record_type (code, name_zh, name_en, subject_kinds, direction, severity, sort) VALUES
    ('ADMIN_PENALTY_GENERAL', '行政处罚（一般）', 'Administrative penalty (general)', ARRAY['ENTERPRISE','WORKER'], 'NEGATIVE', 'GENERAL', 10),
    ('ADMIN_PENALTY_SERIOUS', '行政处罚（严重）', 'Administrative penalty (serious)', ARRAY['ENTERPRISE','WORKER'], 'NEGATIVE', 'SERIOUS', 20),
    ('SERIOUS_DISHONESTY_LIST', '列入严重失信主体名单', 'On the serious-dishonesty list', ARRAY['ENTERPRISE','WORKER'], 'NEGATIVE', 'SERIOUS', 30),
    ('DISHONEST_JUDGMENT_DEBTOR', '失信被执行人', 'Dishonest judgment debtor', ARRAY['ENTERPRISE','WORKER'], 'NEGATIVE', 'SERIOUS', 40),
    ('ABNORMAL_OPERATION', '列入经营异常名录', 'Abnormal-operation listing', ARRAY['ENTERPRISE'], 'NEGATIVE', 'GENERAL', 50),
    ('COMPLAINT_SUBSTANTIATED', '投诉查实', 'Substantiated complaint', ARRAY['ENTERPRISE','WORKER'], 'NEGATIVE', 'GENERAL', 60),
    ('INSPECTION_PASSED', '检查合格', 'Inspection passed', ARRAY['ENTERPRISE'], 'POSITIVE', 'NONE', 70),
    ('INSPECTION_FAILED', '检查不合格', 'Inspection failed', ARRAY['ENTERPRISE'], 'NEGATIVE', 'MINOR', 80),
    ('RECTIFICATION_OVERDUE', '逾期未整改', 'Rectification overdue', ARRAY['ENTERPRISE'], 'NEGATIVE', 'GENERAL', 90),
    ('HONOUR', '荣誉表彰', 'Honour or commendation', ARRAY['ENTERPRISE','WORKER'], 'POSITIVE', 'NONE', 100),
    ('CONTRACT_DISPUTE_LOST', '合同纠纷败诉', 'Contract dispute lost', ARRAY['ENTERPRISE'], 'NEGATIVE', 'GENERAL', 110),
    ('TRAINING_COMPLETED', '完成培训', 'Training completed', ARRAY['WORKER'], 'POSITIVE', 'NONE', 120),
    ('BACKGROUND_NOT_CLEAR', '犯罪背景核查未通过', 'Background check not clear', ARRAY['WORKER'], 'NEGATIVE', 'MINOR', 130),
    ('HEALTH_EXAM_FAILED_OR_EXPIRED', '健康体检不合格或过期', 'Health examination failed or expired', ARRAY['WORKER'], 'NEGATIVE', 'MINOR', 140);

-- 信用记录: one sourced fact about a subject. Nothing here is overwritten but the current state; every
-- state change is kept in record.state_change.
CREATE TABLE record.credit_record (
    id                   BIGSERIAL PRIMARY KEY,
    subject_kind         TEXT NOT NULL CHECK (subject_kind IN ('ENTERPRISE','WORKER','CONSUMER')),
    subject_id           BIGINT NOT NULL,
    subject_name         TEXT NOT NULL,
    type_code            TEXT NOT NULL REFERENCES record.record_type (code),
    direction            TEXT NOT NULL CHECK (direction IN ('POSITIVE','NEGATIVE')),
    severity             TEXT NOT NULL CHECK (severity IN ('NONE','MINOR','GENERAL','SERIOUS')),
    source_organisation  TEXT NOT NULL,
    document_number      TEXT NOT NULL,
    decision_date        DATE NOT NULL,
    summary              TEXT NOT NULL,
    -- The subject's county at entry: the territory that reaches the record.
    region_code          TEXT NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
    -- The enterprise a record is about, so that an enterprise user reaches its own records; null for workers.
    enterprise_id        BIGINT,
    publicity_min_end    DATE,
    publicity_max_end    DATE,
    state                TEXT NOT NULL CHECK (state IN ('ACTIVE','UNDER_OBJECTION','REPAIRED','EXPIRED','REVOKED')),
    entered_by           TEXT NOT NULL,
    entered_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    state_changed_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (publicity_min_end IS NULL OR publicity_min_end <= publicity_max_end)
);
-- The rating engine's read: counting records by subject in subject order, index-only.
CREATE INDEX credit_record_counting_idx ON record.credit_record (subject_kind, subject_id)
    INCLUDE (type_code, severity, direction, decision_date, publicity_max_end, region_code) WHERE state = 'ACTIVE';
-- The expiry job: active records whose publicity has run out.
CREATE INDEX credit_record_expiry_idx ON record.credit_record (publicity_max_end) WHERE state = 'ACTIVE';
-- Regulators' lists: territory, newest first.
CREATE INDEX credit_record_territory_idx ON record.credit_record (region_code text_pattern_ops, id DESC);
CREATE INDEX credit_record_subject_idx ON record.credit_record (subject_kind, subject_id, id DESC);
CREATE INDEX credit_record_enterprise_idx ON record.credit_record (enterprise_id) WHERE enterprise_id IS NOT NULL;

-- The state log: the first row is the entry itself (from_state null); rows are only ever added.
CREATE TABLE record.state_change (
    id           BIGSERIAL PRIMARY KEY,
    record_id    BIGINT NOT NULL REFERENCES record.credit_record (id),
    from_state   TEXT,
    to_state     TEXT NOT NULL,
    reason       TEXT NOT NULL,
    changed_by   TEXT NOT NULL,
    changed_role TEXT NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX state_change_record_idx ON record.state_change (record_id, id);

-- 证据材料: PDF, JPEG or PNG by content, SM4-sealed (evidence may name people).
CREATE TABLE record.attachment (
    id              BIGSERIAL PRIMARY KEY,
    record_id       BIGINT NOT NULL REFERENCES record.credit_record (id),
    filename        TEXT NOT NULL,
    content_type    TEXT NOT NULL CHECK (content_type IN ('application/pdf','image/jpeg','image/png')),
    size_bytes      INT NOT NULL CHECK (size_bytes > 0),
    content_digest  CHAR(64) NOT NULL,
    content_sealed  BYTEA NOT NULL,
    uploaded_by     TEXT NOT NULL,
    uploaded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX attachment_record_idx ON record.attachment (record_id);
