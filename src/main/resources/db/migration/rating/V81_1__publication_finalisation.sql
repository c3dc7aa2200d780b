-- Publication (公示, Ordos art. 14) and finalisation (终评, art. 16) of a run. The window's closing day is kept
-- on the run as it was registered with the objection module, so that finalising knows it without asking.
-- A correction after an upheld objection is a run of its own (kind DYNAMIC, one result) that names the run
-- it corrects; the corrected result of that run becomes SUPERSEDED and stays in history.
ALTER TABLE rating.run
    ADD COLUMN published_on   DATE,
    ADD COLUMN window_closes  DATE,
    ADD COLUMN published_by   TEXT,
    ADD COLUMN published_at   TIMESTAMPTZ,
    ADD COLUMN finalised_on   DATE,
    ADD COLUMN finalised_by   TEXT,
    ADD COLUMN finalised_at   TIMESTAMPTZ,
    ADD COLUMN revises_run_id BIGINT REFERENCES rating.run (id),
    ADD CONSTRAINT run_published_whole CHECK ((published_on IS NULL) = (window_closes IS NULL)),
    ADD CONSTRAINT run_final_after_published CHECK (finalised_on IS NULL OR published_on IS NOT NULL);
CREATE INDEX run_revises_idx ON rating.run (revises_run_id) WHERE revises_run_id IS NOT NULL;

ALTER TABLE rating.result DROP CONSTRAINT result_stage_check;
ALTER TABLE rating.result ADD CONSTRAINT result_stage_check
    CHECK (stage IN ('INITIAL','PUBLISHED','FINAL','SUPERSEDED'));
CREATE INDEX result_enterprise_idx ON rating.result (enterprise_id, run_id DESC) WHERE enterprise_id IS NOT NULL;

-- The subjects' current final grades (最终信用评价结果), one per model: finalising replaces them; the results
-- they came from keep their stage FINAL in their runs, so earlier final grades stay in history.
CREATE TABLE rating.final_grade (
    model_id       TEXT NOT NULL,
    subject_kind   TEXT NOT NULL CHECK (subject_kind IN ('ENTERPRISE','WORKER')),
    subject_id     BIGINT NOT NULL,
    run_id         BIGINT NOT NULL,
    region_code    TEXT NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
    enterprise_id  BIGINT,
    model_version  INT NOT NULL,
    grade          TEXT,
    score          INT NOT NULL,
    finalised_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (model_id, subject_kind, subject_id),
    FOREIGN KEY (run_id, subject_kind, subject_id) REFERENCES rating.result (run_id, subject_kind, subject_id)
);
CREATE INDEX final_grade_enterprise_idx ON rating.final_grade (enterprise_id) WHERE enterprise_id IS NOT NULL;
CREATE INDEX final_grade_region_idx ON rating.final_grade (model_id, region_code text_pattern_ops);
