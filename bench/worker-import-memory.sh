#!/usr/bin/env bash
# Memory of the worker import on a small fixed heap: imports generated files of 10,000 and 100,000
# workers (upload, validate, apply) into a throw-away embedded PostgreSQL and prints, per file, the
# time taken, the peak heap used and the old generation's peak after collection. Bounded memory
# means both lines show about the same figures, and -Xmx256m does not run out.
#
#   bench/worker-import-memory.sh              # 10000 and 100000 rows
#   bench/worker-import-memory.sh 20000 50000  # other sizes
#   HEAP=128m bench/worker-import-memory.sh    # another heap
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
exec java -Xmx"${HEAP:-256m}" -Dfile.encoding=UTF-8 -Duser.timezone=UTC ${BENCH_JAVA_OPTS:-} \
  -cp "$CP" \
  cn.jiazheng.credit.archive.internal.WorkerImportBench "$@"
