-- 审计日志: one SM3 hash chain over every entry. The sequence number is gap-free and gives the order of
-- the chain; hash = SM3(prev_hash || canonical serialisation of all other columns), computed by the
-- application (AuditEntryCodec), so that anyone can re-check it without trusting the database.
CREATE TABLE audit.entry (
    seq            BIGINT      PRIMARY KEY CHECK (seq > 0),
    occurred_at    TIMESTAMPTZ NOT NULL,
    actor          TEXT        NOT NULL,
    role           TEXT,
    territory      TEXT,
    action         TEXT        NOT NULL,
    target_type    TEXT,
    target_id      TEXT,
    outcome        TEXT        NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE')),
    client_address TEXT,
    details        JSONB       NOT NULL DEFAULT '{}'::jsonb,
    prev_hash      CHAR(64)    NOT NULL,
    hash           CHAR(64)    NOT NULL,
    -- Each entry has at most one successor: a fork of the chain is refused, not merely detected later.
    CONSTRAINT entry_prev_hash_key UNIQUE (prev_hash),
    CONSTRAINT entry_hash_key UNIQUE (hash)
);

CREATE INDEX entry_occurred_at_idx ON audit.entry (occurred_at);
CREATE INDEX entry_actor_idx ON audit.entry (actor, seq);
CREATE INDEX entry_action_idx ON audit.entry (action text_pattern_ops);
CREATE INDEX entry_failure_idx ON audit.entry (occurred_at) WHERE outcome = 'FAILURE';

-- Append-only inside the database too, so that a bug or a hand-typed statement cannot rewrite history;
-- only a superuser who first disables the triggers can, and the hash chain then shows it.
CREATE FUNCTION audit.refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '审计日志只能追加，不能修改或删除'
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'audit.entry is append-only (' || TG_OP || ' refused)';
END;
$$;

CREATE TRIGGER entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit.entry
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();

CREATE TRIGGER entry_no_truncate
    BEFORE TRUNCATE ON audit.entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON audit.entry FROM PUBLIC;
