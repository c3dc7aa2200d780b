-- The last 30-second step whose code was accepted: RFC 6238 section 5.2, a code is accepted once.
ALTER TABLE identity.account ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
