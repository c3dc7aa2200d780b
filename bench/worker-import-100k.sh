#!/usr/bin/env bash
# The issue's scale check as a test: 100,000 workers from one generated CSV are validated, staged and
# applied; all exist once; the same file again registers nobody. The suite runs the same test with
# 20,000 rows. Prints the validate/apply/re-import times.
#
#   bench/worker-import-100k.sh            # 100000 rows
#   bench/worker-import-100k.sh 50000      # another size
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -o test -Dtest=WorkerImportScaleTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Djiazheng.test.import-rows="${1:-100000}" | grep -a -E "worker import of|the same file again|Tests run:|FAIL"
