-- 授权变更: how a worker's consent stands over time. A letter restates both scopes; the worker may
-- later grant or revoke one from their own pages. What is in force for a scope is its newest row.
-- Rows are only ever added, so the history of who consented to what, and when, cannot be rewritten.
CREATE TABLE consent.consent_change (
    id          BIGSERIAL PRIMARY KEY,
    worker_id   BIGINT NOT NULL,
    scope       TEXT NOT NULL CHECK (scope IN ('PLATFORM_SHARING','CONSUMER_QUERIES')),
    granted     BOOLEAN NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('LETTER','WORKER')),
    letter_id   BIGINT REFERENCES consent.authorisation_letter (id),
    changed_by  TEXT NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((source = 'LETTER') = (letter_id IS NOT NULL))
);
CREATE INDEX consent_change_worker_idx ON consent.consent_change (worker_id, scope, changed_at DESC, id DESC);

-- Letters filed before this table existed state what they granted; a dated revocation granted nothing.
INSERT INTO consent.consent_change (worker_id, scope, granted, source, letter_id, changed_by, changed_at)
SELECT l.worker_id, s.scope,
       l.revoked_at IS NULL AND CASE s.scope WHEN 'PLATFORM_SHARING' THEN l.platform_sharing ELSE l.consumer_queries END,
       'LETTER', l.id, l.uploaded_by, l.uploaded_at
FROM consent.authorisation_letter l
CROSS JOIN (VALUES ('PLATFORM_SHARING'), ('CONSUMER_QUERIES')) AS s (scope)
ORDER BY l.uploaded_at, l.id, s.scope;

-- A letter uploaded to confirm a proposal for a worker without an account names that proposal.
ALTER TABLE consent.authorisation_letter ADD COLUMN employment_id BIGINT;

CREATE FUNCTION consent.refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '授权变更记录只能追加，不能修改或删除'
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'consent.consent_change is append-only (' || TG_OP || ' refused)';
END;
$$;

CREATE TRIGGER consent_change_no_update_or_delete
    BEFORE UPDATE OR DELETE ON consent.consent_change
    FOR EACH ROW EXECUTE FUNCTION consent.refuse_change();

CREATE TRIGGER consent_change_no_truncate
    BEFORE TRUNCATE ON consent.consent_change
    FOR EACH STATEMENT EXECUTE FUNCTION consent.refuse_change();
