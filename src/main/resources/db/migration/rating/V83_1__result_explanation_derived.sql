-- A result keeps what it is (score, band, grade) and what it was made of (model version, features); its
-- explanation is the model's evaluation of those features again (ResultCodec, decision 0007). The three
-- columns that stored the explanation as well made a run write four JSON documents per subject; measured
-- on the benchmark province they were most of the cost of storing a run (docs/benchmarks.md).
ALTER TABLE rating.result DROP COLUMN indicator_points, DROP COLUMN dimension_points, DROP COLUMN breakers;
