-- When a batch last showed progress: a batch still VALIDATING long after its last progress was being read
-- by an instance that stopped (kill -9, a crash), and nobody will finish it (bench/fault-kill-import.sh).
ALTER TABLE importing.import_batch ADD COLUMN progress_at TIMESTAMPTZ NOT NULL DEFAULT now();
