-- 服务类别: the administrator-extensible list of household-service categories.
CREATE TABLE archive.service_category (
    code     TEXT PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,40}$'),
    name_zh  TEXT NOT NULL,
    name_en  TEXT NOT NULL,
    sort     INT NOT NULL,
    active   BOOLEAN NOT NULL DEFAULT TRUE
);
INSERT INTO archive.service_category (code, name_zh, name_en, sort) VALUES
    ('COOKING', '烹饪', 'Cooking', 10),
    ('CLEANING', '保洁', 'Cleaning', 20),
    ('MOVING', '搬家', 'Moving', 30),
    ('HOME_TUTORING', '家庭教育', 'Home tutoring', 40),
    ('CHILD_CARE', '儿童看护', 'Child care', 50),
    ('MATERNITY_CARE', '孕产妇护理', 'Maternity care', 60),
    ('INFANT_CARE', '婴幼儿护理', 'Infant care', 70),
    ('ELDER_PATIENT_CARE', '老人和病人护理', 'Care of the elderly and the sick', 80);

-- 一企一档: one row per enterprise; its content lives in revisions, none of which is ever overwritten
-- once it has left the enterprise's hands.
CREATE TABLE archive.enterprise (
    id               BIGSERIAL PRIMARY KEY,
    credit_code      TEXT NOT NULL UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NP-RTUWXY]{18}$'),
    name             TEXT NOT NULL,
    region_code      TEXT NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
    -- The county of the latest revision: differs from region_code while a move to another county is
    -- under way, and then both counties' regulators see the file (the new one reviews it).
    latest_region_code TEXT NOT NULL CHECK (latest_region_code ~ '^[0-9]{6}$'),
    state            TEXT NOT NULL,
    latest_number    INT NOT NULL,
    released_number  INT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX enterprise_territory_idx ON archive.enterprise (region_code text_pattern_ops, state);
CREATE INDEX enterprise_latest_territory_idx ON archive.enterprise (latest_region_code text_pattern_ops);
CREATE INDEX enterprise_name_idx ON archive.enterprise (name text_pattern_ops);

CREATE TABLE archive.enterprise_revision (
    enterprise_id   BIGINT NOT NULL REFERENCES archive.enterprise (id),
    number          INT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('DRAFT','SUBMITTED','RETURNED','PUBLICITY','RELEASED','SUPERSEDED')),
    region_code     TEXT NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
    content         JSONB NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    submitted_by    TEXT,
    submitted_at    TIMESTAMPTZ,
    decided_by      TEXT,
    decided_at      TIMESTAMPTZ,
    return_reason   TEXT,
    publicity_ends  DATE,
    released_at     TIMESTAMPTZ,
    PRIMARY KEY (enterprise_id, number)
);
-- At most one revision in progress per file.
CREATE UNIQUE INDEX enterprise_revision_one_open ON archive.enterprise_revision (enterprise_id)
    WHERE state IN ('DRAFT','SUBMITTED','RETURNED','PUBLICITY');
CREATE INDEX enterprise_revision_queue_idx ON archive.enterprise_revision (state, region_code text_pattern_ops);

-- History is never overwritten: once a revision has been submitted its content is frozen.
CREATE FUNCTION archive.freeze_submitted_content() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.state NOT IN ('DRAFT','RETURNED') AND NEW.content IS DISTINCT FROM OLD.content THEN
        RAISE EXCEPTION '已提交的档案修订不能修改（企业 %，第 % 版）', OLD.enterprise_id, OLD.number
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER enterprise_revision_frozen BEFORE UPDATE ON archive.enterprise_revision
    FOR EACH ROW EXECUTE FUNCTION archive.freeze_submitted_content();
CREATE FUNCTION archive.refuse_revision_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '档案修订不能删除（企业 %，第 % 版）', OLD.enterprise_id, OLD.number USING ERRCODE = '42501';
END $$;
CREATE TRIGGER enterprise_revision_no_delete BEFORE DELETE ON archive.enterprise_revision
    FOR EACH ROW EXECUTE FUNCTION archive.refuse_revision_delete();
