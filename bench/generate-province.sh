#!/usr/bin/env bash
# Builds a realistic province for the benchmarks (issue 5, item 1) in an embedded PostgreSQL with a
# persistent data directory: the shape of the demo province (demo.internal.ProvinceShape) at scale,
# written with COPY in the exact forms the services store (sealed ID numbers and worker files, blind
# indexes, masked forms, NDRC publicity dates). Prints rows and seconds per table and the database size.
#
#   bench/generate-province.sh                                   # 100,000 enterprises, 900,000 workers, 10,000,000 records
#   bench/generate-province.sh --scale 0.1                       # a tenth of that
#   bench/generate-province.sh --enterprises 100000 --workers 2000000 --records 10000000 --data data/bench-pgdata
#   bench/generate-province.sh --fresh ...                       # empty the data directory first
#
# Other options: --seed N (default 2026), --threads N (default: the cores). The keys that seal the data
# are the application's (data/keys/platform.bcfks), so the application started on the same data
# directory (--jiazheng.embedded-db.data-dir=data/bench-pgdata) reads what was generated.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
exec java -Xmx"${HEAP:-3g}" -XX:+UseParallelGC -Dfile.encoding=UTF-8 -Duser.timezone=UTC ${BENCH_JAVA_OPTS:-} \
  -cp "$CP" \
  cn.jiazheng.credit.bench.ProvinceLoader "$@"
