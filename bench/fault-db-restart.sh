#!/usr/bin/env bash
# Issue 5, faults: the database restarts under load. One application process (FaultDriver serve: the web
# application, plus a writer registering an enterprise every 50 ms and noting each id once committed)
# on a standalone PostgreSQL 18. Four clients request the login page (which stores a session in the
# database) and the health endpoint in a loop. Twice the database goes away and comes back on the
# same data directory: a clean restart (pg_ctl stop -m fast: sessions terminated) and a crash
# (kill -9 of the postmaster, recovery from the WAL on start).
# Checks: the application recovers without being restarted (same process, requests succeed again);
# requests in flight fail cleanly (an HTTP error with a problem/error page, never a hang: each answered
# within 50 s, i.e. Hikari's 30 s wait for a connection plus a loaded machine's slack); every enterprise
# whose registration was confirmed is in the database.
#
#   bench/fault-db-restart.sh                  # 10 s of load, 5 s down, twice
#   DOWN=20 bench/fault-db-restart.sh
source "$(dirname "$0")/fault-lib.sh"
DATA=$FAULT_DIR/restart-pgdata
APP_PORT=${FAULT_APP_PORT:-18080}
DOWN=${DOWN:-5}
rm -rf "$DATA" "$FAULT_DIR"/load-*.txt "$FAULT_DIR/confirmed.txt"
build
start_db
driver "$FAULT_DIR/serve.log" serve --url "$URL" --server.port="$APP_PORT" --confirmed "$FAULT_DIR/confirmed.txt"
APP=$LAST_PID
wait_for "$FAULT_DIR/serve.log" "APP READY" 900 "$APP"

# One client: status, seconds, content type and start time of each request, until the stop file appears.
client() {
  local n=$1 path=$2
  while [[ ! -f "$FAULT_DIR/stop-load" ]]; do
    curl -s -o /dev/null --max-time 120 -w "%{http_code} %{time_total} %{content_type} $(date +%s.%N)\n" \
      "http://localhost:$APP_PORT$path" >>"$FAULT_DIR/load-$n.txt" || echo "000 120 none $(date +%s.%N)" >>"$FAULT_DIR/load-$n.txt"
  done
}
# Warm-up, not counted: the first pages after a start are slow (templates, JIT) on a loaded machine.
for _ in 1 2 3 4 5; do curl -s -o /dev/null --max-time 120 "http://localhost:$APP_PORT/login"; curl -s -o /dev/null --max-time 120 "http://localhost:$APP_PORT/actuator/health"; done
rm -f "$FAULT_DIR/stop-load"
for n in 1 2 3; do client "$n" /login & PIDS+=($!); done
client 4 /actuator/health & PIDS+=($!)

sleep 10
echo "restart 1: clean stop (pg_ctl stop -m fast), $DOWN s down, start"
R1=$(date +%s.%N)
stop_db
sleep "$DOWN"
start_db
sleep 10
echo "restart 2: crash (kill -9 of the postmaster), $DOWN s down, start with recovery"
R2=$(date +%s.%N)
kill -9 "$(head -1 "$DATA/postmaster.pid")"
kill9 "$DB_PID"
sleep "$DOWN"
start_db
UP2=$(date +%s.%N)
sleep 10
touch "$FAULT_DIR/stop-load"
sleep 2
cat "$FAULT_DIR"/load-*.txt >"$FAULT_DIR/load-all.txt"

echo "requests: $(wc -l <"$FAULT_DIR/load-all.txt"), by status: $(awk '{print $1}' "$FAULT_DIR/load-all.txt" | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
echo "error responses by content type: $(awk '$1 >= 500 {print $1, $3}' "$FAULT_DIR/load-all.txt" | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
echo "slowest request: $(sort -k2 -n -r "$FAULT_DIR/load-all.txt" | head -1 | awk '{print $2 " s (status " $1 ")"}')"
FIRST_OK=$(awk -v t="$UP2" '$4 > t && $1 == 200 {print $4; exit}' <(sort -k4 -n "$FAULT_DIR/load-all.txt"))
echo "first success after the second start: $(awk -v a="$FIRST_OK" -v b="$UP2" 'BEGIN {printf "%.1f s", a - b}')"
check "the application process was not restarted" "$(kill -0 "$APP" 2>/dev/null && echo alive)" "alive"
check "no request hung or lost its connection (status 000)" "$(awk '$1 == "000"' "$FAULT_DIR/load-all.txt" | wc -l)" "0"
check "every request answered within 50 s" "$(awk '$2 > 50' "$FAULT_DIR/load-all.txt" | wc -l)" "0"
check "only successes or server errors (5xx), no other status" "$(awk '$1 != 200 && $1 !~ /^5/' "$FAULT_DIR/load-all.txt" | wc -l)" "0"
check "the failures carry an error page, problem or health report (HTML or JSON)" \
  "$(awk '$1 ~ /^5/ && $3 !~ /html|json/' "$FAULT_DIR/load-all.txt" | wc -l)" "0"
check "requests succeed again: the last 5 s are all 200" \
  "$(awk -v t="$(date -d "-7 seconds" +%s)" '$4 > t && $1 != 200' "$FAULT_DIR/load-all.txt" | wc -l)" "0"
check "requests succeeded after the second start" "$([[ -n "$FIRST_OK" ]] && echo yes)" "yes"
sleep 1
# A snapshot: the writer goes on appending while the database is asked.
sort -u "$FAULT_DIR/confirmed.txt" >"$FAULT_DIR/confirmed-snapshot.txt"
CONFIRMED=$(wc -l <"$FAULT_DIR/confirmed-snapshot.txt")
IDS=$(paste -sd, "$FAULT_DIR/confirmed-snapshot.txt")
check "every confirmed registration ($CONFIRMED) is stored" "$(sql "SELECT count(*) FROM archive.enterprise WHERE id IN ($IDS)")" "$CONFIRMED"
echo "writes that failed while the database was away: $(grep -c "WRITE FAILED" "$FAULT_DIR/serve.log" || true) reported (every 20th)"
finish
