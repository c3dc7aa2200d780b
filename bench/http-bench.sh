#!/usr/bin/env bash
# Issue 5, item 4: HTTP load from a second process. Starts the platform as the README's run command does
# (demo profile, embedded PostgreSQL, demo data seeded on the first start) in its own data directory,
# then drives it with cn.jiazheng.credit.bench.HttpBench (wrk for the closed loop, a Java open-loop
# driver for the fixed rate): the public lookup by 统一社会信用代码, a logged-in regulator's list page and
# the liveness probe, in alternating rounds; prints median/min/max, the ratios and the server's memory.
#
#   bench/http-bench.sh                                   # demo data in target/bench-http/pgdata, 3 rounds of 10 s
#   bench/http-bench.sh --rounds 5 --seconds 20 --connections 32 --rate 1000
#   bench/http-bench.sh --data data/bench-pgdata          # a generated province instead of the demo's
#   JFR=1 bench/http-bench.sh                             # also records target/bench-http/server.jfr
#
# Needs wrk (Debian: apt-get install wrk). The server runs with the JVM's defaults, as spring-boot:run does.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=target/bench-http/pgdata
ARGS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --data) DATA="$2"; shift 2 ;;
    *) ARGS+=("$1"); shift ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
mkdir -p target/bench-http
source bench/classpath.sh
SERVER_OPTS=${SERVER_OPTS:-}
if [[ -n "${JFR:-}" ]]; then SERVER_OPTS="$SERVER_OPTS -XX:StartFlightRecording=filename=target/bench-http/server.jfr,settings=profile"; fi
DATA_ABS=$(realpath -m "$DATA")
JIAZHENG_DATA_DIR="$DATA_ABS" java $SERVER_OPTS -Dfile.encoding=UTF-8 -cp "$APP_CP" cn.jiazheng.credit.CreditPlatformApplication \
  --spring.profiles.active=demo --server.port=18080 --jiazheng.embedded-db.port=25432 \
  >target/bench-http/server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
java -Dfile.encoding=UTF-8 -Duser.timezone=UTC -cp "$CP" cn.jiazheng.credit.bench.HttpBench \
  --base http://localhost:18080 --db-port 25432 --server-pid "$SERVER" --data-dir "$DATA_ABS" "${ARGS[@]}"
