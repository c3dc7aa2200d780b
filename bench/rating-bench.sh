#!/usr/bin/env bash
# Issue 4's rating benchmark: a FULL run of the Ordos model over a generated territory, against the raw limit
# (one SQL aggregation of the same records plus COPY of the same number of result rows), measured in the same
# process, alternating, median of the rounds with min and max.
#
#   bench/generate-province.sh --enterprises 100000 --workers 900000 --records 10000000   # once: data/bench-pgdata
#   bench/rating-bench.sh                                  # territory 61, 3 rounds
#   bench/rating-bench.sh --territory 6101 --rounds 5 --data data/bench-pgdata
#   bench/rating-bench.sh --model shaoguan-worker          # the worker star model over the territory's workers
#   bench/rating-bench.sh --model ordos-enterprise,shaoguan-worker   # the territory's full rating: both runs at once
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
exec java -Xmx"${HEAP:-2g}" -Dfile.encoding=UTF-8 -Duser.timezone=UTC ${BENCH_JAVA_OPTS:-} \
  -cp "$CP" \
  cn.jiazheng.credit.bench.RatingBench "$@"
