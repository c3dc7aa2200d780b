-- Accounts of people. The territory is a region code prefix (2, 4 or 6 digits); an enterprise
-- account carries the county of its enterprise, so that regulators above it can see it.
CREATE TABLE identity.account (
    id                    BIGSERIAL PRIMARY KEY,
    username              TEXT NOT NULL,
    display_name          TEXT NOT NULL,
    password_hash         TEXT NOT NULL,
    role                  TEXT NOT NULL CHECK (role IN ('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN','ENTERPRISE_STAFF','WORKER','CONSUMER')),
    territory             TEXT CHECK (territory ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6})$'),
    enterprise_id         BIGINT,
    enabled               BOOLEAN NOT NULL DEFAULT TRUE,
    failed_attempts       INT NOT NULL DEFAULT 0,
    locked_until          TIMESTAMPTZ,
    must_change_password  BOOLEAN NOT NULL DEFAULT FALSE,
    totp_secret           TEXT,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_login_at         TIMESTAMPTZ,
    CONSTRAINT regulator_has_territory CHECK (role <> 'REGULATOR' OR territory IS NOT NULL),
    CONSTRAINT enterprise_account_has_enterprise CHECK (role NOT IN ('ENTERPRISE_ADMIN','ENTERPRISE_STAFF') OR (enterprise_id IS NOT NULL AND territory IS NOT NULL))
);
CREATE UNIQUE INDEX account_username_uk ON identity.account (lower(username));
CREATE INDEX account_territory_idx ON identity.account (territory text_pattern_ops);
CREATE INDEX account_enterprise_idx ON identity.account (enterprise_id);

-- The last passwords of each account, so that none of the last five is reused (MLPS 2.0 level 3).
CREATE TABLE identity.password_history (
    account_id     BIGINT NOT NULL REFERENCES identity.account (id),
    password_hash  TEXT NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX password_history_account_idx ON identity.password_history (account_id, created_at DESC);

-- Keys of integrators. Only an SM3 digest of the secret is kept; the prefix finds the row.
CREATE TABLE identity.api_key (
    id            BIGSERIAL PRIMARY KEY,
    name          TEXT NOT NULL,
    prefix        TEXT NOT NULL UNIQUE,
    secret_digest TEXT NOT NULL,
    scopes        TEXT[] NOT NULL,
    territory     TEXT NOT NULL CHECK (territory ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6})$'),
    created_by    TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at    TIMESTAMPTZ,
    last_used_at  TIMESTAMPTZ
);

-- Spring Session JDBC: sessions live in the database so that any instance can serve any request.
CREATE TABLE identity.spring_session (
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT NOT NULL,
    last_access_time      BIGINT NOT NULL,
    max_inactive_interval INT NOT NULL,
    expiry_time           BIGINT NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON identity.spring_session (session_id);
CREATE INDEX spring_session_ix2 ON identity.spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON identity.spring_session (principal_name);

CREATE TABLE identity.spring_session_attributes (
    session_primary_id CHAR(36) NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES identity.spring_session (primary_id) ON DELETE CASCADE
);
