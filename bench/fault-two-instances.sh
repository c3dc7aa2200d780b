#!/usr/bin/env bash
# Issue 5, faults: two application processes on one standalone PostgreSQL 18.
# - A user logs in on instance A over HTTP; A is killed (kill -9); the same session cookie is used on
#   B, which serves it without a new login (sessions live in identity.spring_session).
# - A rating run left RUNNING by a crashed executor (its lease run out) is resumed by the two
#   instances' resumption jobs, both looking every second: it is executed once, one result per subject.
# - Each instance registers an enterprise every 50 ms; what either confirmed is in the one database.
# The in-suite TwoInstancesTest checks these within one JVM, and that each instance reads the other's
# writes at once through its own services.
#
#   bench/fault-two-instances.sh
source "$(dirname "$0")/fault-lib.sh"
DATA=$FAULT_DIR/two-pgdata
PA=${FAULT_PORT_A:-18081}
PB=${FAULT_PORT_B:-18082}
rm -rf "$DATA" "$FAULT_DIR"/confirmed-*.txt "$FAULT_DIR"/cookies-*.txt
build
start_db
# The writers register outside Shaanxi, so that the rating run over 61 rates a territory that holds still.
RESUME=(--jiazheng.rating.resume-after=PT0S --jiazheng.rating.resume-every=PT1S --writer-county 110101)
driver "$FAULT_DIR/two-a.log" serve --url "$URL" --server.port="$PA" --confirmed "$FAULT_DIR/confirmed-a.txt" --seed "${RESUME[@]}"
A=$LAST_PID
wait_for "$FAULT_DIR/two-a.log" "APP READY" 900 "$A"
driver "$FAULT_DIR/two-b.log" serve --url "$URL" --server.port="$PB" --confirmed "$FAULT_DIR/confirmed-b.txt" "${RESUME[@]}"
B=$LAST_PID
wait_for "$FAULT_DIR/two-b.log" "APP READY" 900 "$B"

# --- a session outlives the instance that opened it ---
JAR=$FAULT_DIR/cookies-jumin.txt
TOKEN=$(curl -s -c "$JAR" "http://localhost:$PA/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
STATUS=$(curl -s -o /dev/null -w "%{http_code} %{redirect_url}" -b "$JAR" -c "$JAR" "http://localhost:$PA/login" \
  --data-urlencode "username=jumin" --data-urlencode "password=Demo@2026" --data-urlencode "_csrf=$TOKEN")
check "logged in on A" "$(awk '{print $1; print ($2 ~ /error/ ? "refused" : "ok")}' <<<"$STATUS" | paste -sd' ')" "302 ok"
check "A knows the session" "$(curl -s -b "$JAR" "http://localhost:$PA/api/v1/me" | grep -o '"jumin"' | head -1)" '"jumin"'
kill9 "$A"
echo "killed instance A (kill -9)"
check "B serves A's session without a new login" "$(curl -s -b "$JAR" "http://localhost:$PB/api/v1/me" | grep -o '"jumin"' | head -1)" '"jumin"'
check "a made-up session is refused on B" "$(curl -s -o /dev/null -w "%{http_code}" -b "SESSION=bm90LWEtc2Vzc2lvbg" "http://localhost:$PB/api/v1/me")" "401"

driver "$FAULT_DIR/two-a2.log" serve --url "$URL" --server.port="$PA" --confirmed "$FAULT_DIR/confirmed-a.txt" "${RESUME[@]}"
A=$LAST_PID
wait_for "$FAULT_DIR/two-a2.log" "APP READY" 900 "$A"
echo "instance A started again"

# --- an abandoned run, resumed once by whichever instance claims it ---
VERSION=$(sql "SELECT version FROM rating.model_version WHERE model_id = 'ordos-enterprise' AND state = 'ACTIVE'")
TOTAL=$(sql "SELECT count(*) FROM archive.enterprise WHERE region_code LIKE '61%'")
RELEASED=$(sql "SELECT count(*) FROM archive.enterprise WHERE region_code LIKE '61%' AND released_number IS NOT NULL")
RUN=$(sql "INSERT INTO rating.run (model_id, model_version, subject_kind, territory, kind, state, as_of, total, started_by, lease_owner, lease_until)
           VALUES ('ordos-enterprise', $VERSION, 'ENTERPRISE', '61', 'DRY', 'RUNNING', (now() AT TIME ZONE 'Asia/Shanghai')::date, $TOTAL,
                   'crashed', 'gone', now() - interval '1 second') RETURNING id")
for _ in $(seq 1 300); do
  [[ "$(sql "SELECT state FROM rating.run WHERE id = $RUN")" != "RUNNING" ]] && break
  sleep 0.1
done
check "the abandoned run was resumed and is DONE" "$(sql "SELECT state FROM rating.run WHERE id = $RUN")" "DONE"
check "one result per released enterprise ($RELEASED)" "$(sql "SELECT count(*) || '/' || count(DISTINCT subject_id) FROM rating.result WHERE run_id = $RUN")" "$RELEASED/$RELEASED"
check "every subject counted once" "$(sql "SELECT done + skipped FROM rating.run WHERE id = $RUN")" "$TOTAL"

# --- writes of both instances ---
sleep 1
LAST_A=$(tail -1 "$FAULT_DIR/confirmed-a.txt"); LAST_B=$(tail -1 "$FAULT_DIR/confirmed-b.txt")
check "both instances write" "$([[ -n "$LAST_A" && -n "$LAST_B" ]] && echo yes)" "yes"
# A snapshot: the writers go on appending while the database is asked.
cat "$FAULT_DIR"/confirmed-a.txt "$FAULT_DIR"/confirmed-b.txt | sort -u >"$FAULT_DIR/confirmed-snapshot.txt"
CONFIRMED=$(wc -l <"$FAULT_DIR/confirmed-snapshot.txt")
check "every confirmed registration of both ($CONFIRMED) is in the one database" \
  "$(sql "SELECT count(*) FROM archive.enterprise WHERE id IN ($(paste -sd, "$FAULT_DIR/confirmed-snapshot.txt"))")" "$CONFIRMED"
finish
