-- A run writes its results by COPY, thousands of rows a transaction (a province's workers are a million).
-- Measured on the benchmark province (docs/benchmarks.md, decision 0007): of the time to store a worker run's
-- 494,721 results, the per-row foreign-key check against rating.run took about 40 %, and the (run_id, grade)
-- index another part, while neither protects anything the engine does not already guarantee:
--  * every result is written by the engine for the run it holds the lease of, so its run exists; runs are
--    never deleted (the trigger below makes that a rule of the database rather than a habit of the code);
--  * a run's results by grade (distribution, filter) are read through the primary key's run_id prefix.
ALTER TABLE rating.result DROP CONSTRAINT result_run_id_fkey;
DROP INDEX rating.result_grade_idx;

CREATE FUNCTION rating.refuse_run_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'rating runs are kept: their results refer to them (run %)', OLD.id;
END;
$$;

CREATE TRIGGER run_kept BEFORE DELETE ON rating.run FOR EACH ROW EXECUTE FUNCTION rating.refuse_run_delete();
