-- A run's results are written in subject order into a table that keeps every earlier run's results. An
-- index that leads with the subject puts each new row next to that subject's earlier results: a run of
-- half a million results then touches nearly every page of an index that grows with every run, and
-- storing got slower as history grew (measured on the benchmark province with 100 runs kept: the
-- territory's full rating took 23.3 s with these two indexes and 11.5 s without; docs/benchmarks.md,
-- decision 0007). Results are therefore indexed by run first, where a run's rows arrive together at
-- the end, and by subject only where a subject's result is looked up outside a run:
--  * an enterprise reaches its workers' results of one run: (run_id, enterprise_id);
--  * 我的信用 looks for a subject's newest published result: a partial index over the published results
--    only, which publishing fills (the results of a run being publicised, not the whole history);
--  * the pending dynamic re-ratings are found from their runs (run_dynamic_pending_idx), each with its
--    one result through the primary key.
DROP INDEX IF EXISTS rating.result_subject_idx;
DROP INDEX IF EXISTS rating.result_enterprise_idx;
CREATE INDEX result_enterprise_idx ON rating.result (run_id, enterprise_id) WHERE enterprise_id IS NOT NULL;
CREATE INDEX result_published_idx ON rating.result (subject_kind, subject_id, run_id DESC) WHERE stage = 'PUBLISHED';
CREATE INDEX run_dynamic_pending_idx ON rating.run (id)
    WHERE kind = 'DYNAMIC' AND revises_run_id IS NULL AND published_on IS NULL;
