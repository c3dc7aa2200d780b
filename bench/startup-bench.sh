#!/usr/bin/env bash
# Issue 5, item 5: time from the README's run command (./mvnw spring-boot:run, here with -o -q and its own
# port, data directory and database port) to the first page with demo data (the public lookup of the
# demo enterprise answering 200), on an empty data directory (the demo seeds its province) and on a
# restart over existing data; resident memory (java RSS, PostgreSQL RSS and PSS, from /proc) after the
# start and after 20 s of public lookups. Repeated, median/min/max.
#
#   bench/startup-bench.sh                    # 3 rounds, data in target/bench-startup/pgdata
#   bench/startup-bench.sh --rounds 5 --load-seconds 30
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
exec java -Dfile.encoding=UTF-8 -Duser.timezone=UTC \
  -cp "$CP" \
  cn.jiazheng.credit.bench.StartupBench "$@"
