# Shared by the bench/fault-*.sh scripts (sourced, not run): a standalone PostgreSQL 18 on a persistent
# data directory (FaultDriver db), application processes on the test classpath (FaultDriver <mode>),
# SQL through psql, and PASS/FAIL checks. Every process started here is stopped on exit, by its id.
set -euo pipefail
cd "$(dirname "$0")/.."
FAULT_DIR=${FAULT_DIR:-target/faults}
DB_PORT=${FAULT_DB_PORT:-15432}
URL="jdbc:postgresql://localhost:$DB_PORT/postgres"
FAILED=0
PIDS=()
mkdir -p "$FAULT_DIR"

build() {
  BENCH_NO_BUILD=${FAULT_NO_BUILD:-${BENCH_NO_BUILD:-}} source bench/classpath.sh
}

# driver LOG MODE ARGS...: starts a FaultDriver process in the background; its pid in $LAST_PID.
driver() {
  local log=$1; shift
  java -Xmx${HEAP:-1g} -Dfile.encoding=UTF-8 -Duser.timezone=UTC -cp "$CP" cn.jiazheng.credit.bench.FaultDriver "$@" >"$log" 2>&1 &
  LAST_PID=$!
  PIDS+=("$LAST_PID")
}

# wait_for LOG PATTERN SECONDS [PID]: until the log shows the pattern (fails if the process ends first).
wait_for() {
  local log=$1 pattern=$2 seconds=$3 pid=${4:-}
  local until=$((SECONDS + seconds))
  while ! grep -q "$pattern" "$log" 2>/dev/null; do
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      echo "process $pid ended before '$pattern':"; tail -30 "$log"; return 1
    fi
    if ((SECONDS > until)); then echo "timed out waiting for '$pattern' in $log"; tail -30 "$log"; return 1; fi
    sleep 0.1
  done
}

start_db() {
  driver "$FAULT_DIR/db.log" db --data "$DATA" --port "$DB_PORT"
  DB_PID=$LAST_PID
  wait_for "$FAULT_DIR/db.log" "DB READY" 300 "$DB_PID"
}

# Stops the database server cleanly (pg_ctl stop -m fast: open sessions are terminated).
stop_db() {
  kill -TERM "$DB_PID" 2>/dev/null || true
  wait "$DB_PID" 2>/dev/null || true
}

sql() {
  psql -h localhost -p "$DB_PORT" -U postgres -d postgres -tAq -v ON_ERROR_STOP=1 -c "$1" 2>/dev/null
}

# check NAME ACTUAL EXPECTED
check() {
  if [[ "$2" == "$3" ]]; then
    echo "PASS  $1 ($2)"
  else
    echo "FAIL  $1: got '$2', expected '$3'"
    FAILED=1
  fi
}

cleanup() {
  for pid in "${PIDS[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

kill9() {
  kill -9 "$1"
  wait "$1" 2>/dev/null || true
}

finish() {
  if ((FAILED)); then echo "RESULT: FAIL"; exit 1; fi
  echo "RESULT: PASS"
}
