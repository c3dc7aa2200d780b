#!/usr/bin/env bash
# Issue 5, item 2: worker rows per second through the real worker import (upload: validation, SM4 sealing of the
# staged rows, blind index; apply: registration with sealed ID number and phone, blind index, insert) against raw
# pgjdbc COPY of the same rows into a scratch table of as many text columns, same database, same process,
# alternating rounds; prints median/min/max, rows/s and the ratio (target: the import at least 40 % of COPY).
# Runs on a throw-away embedded database: data/ is not touched.
#
#   bench/import-bench.sh                                  # 10,000 and 100,000 rows, 3 rounds each
#   bench/import-bench.sh --rows 10000,100000 --rounds 3
#   BENCH_JAVA_OPTS=-XX:StartFlightRecording=filename=target/import.jfr bench/import-bench.sh --rows 100000 --rounds 1
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
exec java -Xmx"${HEAP:-2g}" -Dfile.encoding=UTF-8 -Duser.timezone=UTC ${BENCH_JAVA_OPTS:-} \
  -cp "$CP" \
  cn.jiazheng.credit.bench.ImportBench "$@"
