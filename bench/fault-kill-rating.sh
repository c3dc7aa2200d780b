#!/usr/bin/env bash
# Issue 5, faults: kill -9 in the middle of a FULL rating run. A province is generated once
# (bench/generate-province.sh's loader) into a persistent data directory served by a standalone
# PostgreSQL 18; the application starts a run over Shaanxi (61) in small batches and is killed once the
# run's cursor has moved. Checks: every stored result went with its cursor (none beyond it, none twice);
# a restarted application's resumption job takes the run up after the dead lease runs out (60 s) and
# finishes it; then every released enterprise has exactly one result and none is missing.
#
#   bench/fault-kill-rating.sh                     # 2,000 enterprises, batches of 5
#   bench/fault-kill-rating.sh --enterprises 5000 --batch 10
source "$(dirname "$0")/fault-lib.sh"
opt() { awk -v n="$1" '{for(i=1;i<NF;i++) if($i==n) print $(i+1)}' <<<"$ARGS"; }
ARGS="$*"
ENTERPRISES=$(opt --enterprises); ENTERPRISES=${ENTERPRISES:-2000}
BATCH=$(opt --batch); BATCH=${BATCH:-5}
DATA=$FAULT_DIR/rating-pgdata-$ENTERPRISES
build
if [[ ! -f "$DATA/PG_VERSION" ]]; then
  echo "generating a province of $ENTERPRISES enterprises into $DATA"
  java -Xmx2g -Dfile.encoding=UTF-8 -Duser.timezone=UTC -cp "$CP" cn.jiazheng.credit.bench.ProvinceLoader --data "$DATA" \
    --enterprises "$ENTERPRISES" --workers $((ENTERPRISES * 3)) --records $((ENTERPRISES * 20)) >"$FAULT_DIR/rating-generate.log" 2>&1 \
    || { tail -30 "$FAULT_DIR/rating-generate.log"; exit 1; }
fi
start_db
sql "UPDATE rating.run SET state = 'FAILED', failure = 'left by an earlier fault run', lease_owner = NULL, lease_until = NULL
     WHERE state = 'RUNNING'" >/dev/null
LOG=$FAULT_DIR/rating-start.log
driver "$LOG" rating-start --url "$URL" --territory 61 --jiazheng.rating.batch-size="$BATCH" --jiazheng.rating.resume-after=PT1H
APP=$LAST_PID
wait_for "$LOG" "^RUN " 900 "$APP"
RUN=$(awk '/^RUN /{print $2}' "$LOG")
PROGRESS=""
while kill -0 "$APP" 2>/dev/null; do
  PROGRESS=$(sql "SELECT done + skipped || '/' || total FROM rating.run WHERE id = $RUN AND state = 'RUNNING' AND done + skipped > 0
                  AND done + skipped < total" || true)
  [[ -n "$PROGRESS" ]] && break
  sleep 0.05
done
if [[ -z "$PROGRESS" ]]; then echo "FAIL  the run ended before it could be killed"; tail -20 "$LOG"; exit 1; fi
kill9 "$APP"
echo "killed the application (kill -9) during run $RUN at $PROGRESS subjects"
sleep 1
AT=$(sql "SELECT done + skipped FROM rating.run WHERE id = $RUN")
check "after the kill, the run is still RUNNING" "$(sql "SELECT state FROM rating.run WHERE id = $RUN")" "RUNNING"
check "after the kill, the stored results are exactly those counted with the cursor" \
  "$(sql "SELECT count(*) FROM rating.result WHERE run_id = $RUN")" "$(sql "SELECT done FROM rating.run WHERE id = $RUN")"
check "after the kill, no result beyond the cursor" \
  "$(sql "SELECT count(*) FROM rating.result r JOIN rating.run u ON u.id = r.run_id WHERE r.run_id = $RUN AND r.subject_id > u.cursor_id")" "0"
S=$SECONDS
driver "$FAULT_DIR/rating-finish.log" rating-finish --url "$URL" --run "$RUN" --jiazheng.rating.batch-size="$BATCH"
wait "$LAST_PID" || { echo "FAIL  rating-finish failed"; tail -30 "$FAULT_DIR/rating-finish.log"; FAILED=1; }
grep -h "FINISHED" "$FAULT_DIR/rating-finish.log" || true
echo "restart to finished: $((SECONDS - S)) s (the dead executor's lease is 60 s)"
check "the run resumed and is DONE" "$(sql "SELECT state FROM rating.run WHERE id = $RUN")" "DONE"
check "it resumed from its cursor, not from the start (subjects processed before the kill: $AT)" \
  "$(sql "SELECT batches || ' batches' FROM rating.run WHERE id = $RUN")" "$(sql "SELECT ceil(total::numeric / $BATCH)::int || ' batches' FROM rating.run WHERE id = $RUN")"
RELEASED=$(sql "SELECT count(*) FROM archive.enterprise WHERE region_code LIKE '61%' AND released_number IS NOT NULL")
check "one result per released enterprise" "$(sql "SELECT count(*) FROM rating.result WHERE run_id = $RUN")" "$RELEASED"
check "no enterprise rated twice" "$(sql "SELECT count(DISTINCT subject_id) FROM rating.result WHERE run_id = $RUN")" "$RELEASED"
check "none missing" "$(sql "SELECT count(*) FROM archive.enterprise e WHERE e.region_code LIKE '61%' AND e.released_number IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM rating.result r WHERE r.run_id = $RUN AND r.subject_id = e.id)")" "0"
check "every subject counted once (done + skipped = total)" \
  "$(sql "SELECT (done + skipped)::text || '/' || total FROM rating.run WHERE id = $RUN")" "$(sql "SELECT total || '/' || total FROM rating.run WHERE id = $RUN")"
finish
