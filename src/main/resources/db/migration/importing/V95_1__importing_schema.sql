-- 批量导入 became a module of its own (importing) once a second module (record) needed it: the staging
-- tables move out of archive with their rows, indexes, constraints and sequences, so that batches
-- staged before the move keep their reports and can still be applied or discarded. The kind column is
-- free text already (ENTERPRISE, WORKER, RECORD, ...): each module's import kind names itself.
CREATE SCHEMA IF NOT EXISTS importing;
ALTER TABLE archive.import_batch SET SCHEMA importing;
ALTER TABLE archive.import_row SET SCHEMA importing;
