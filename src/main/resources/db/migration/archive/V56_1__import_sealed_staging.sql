-- Staged rows carry personal data once workers are imported: the row's values are kept only
-- SM4-GCM sealed (bound to batch and row number by the associated data), and the key a kind stores
-- is not plaintext where it is sensitive (for workers, the ID number's blind index). Rows staged
-- before this change hold enterprise registrations only (credit code, name, county: public data);
-- they stay readable from the old column so that the reports of earlier batches still open.
ALTER TABLE archive.import_row ADD COLUMN payload_sealed TEXT;
ALTER TABLE archive.import_row ALTER COLUMN payload DROP NOT NULL;
ALTER TABLE archive.import_row ADD CONSTRAINT import_row_one_payload
    CHECK ((payload IS NULL) <> (payload_sealed IS NULL));
-- Duplicates within a file are found against the rows already staged, not in memory, so that a
-- 100,000-row file needs no map of every key.
CREATE INDEX import_row_key_idx ON archive.import_row (batch_id, key);

-- An enterprise user's batches stay inside their enterprise.
ALTER TABLE archive.import_batch ADD COLUMN actor_enterprise BIGINT;
