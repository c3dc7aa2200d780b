#!/usr/bin/env bash
# Issue 5, faults: kill -9 in the middle of a worker import, twice: once while the batch is being
# applied (one transaction) and once while it is being validated (chunks committed as they go).
# The database is a standalone PostgreSQL 18 (bench/fault-lib.sh), so only the application dies.
# After each kill: the workers of the batch are wholly absent; a restarted application finishes the
# import (applies the VALIDATED batch, or uploads the file again) and every worker is there exactly once.
#
#   bench/fault-kill-import.sh              # 20,000 rows
#   bench/fault-kill-import.sh --rows 50000
source "$(dirname "$0")/fault-lib.sh"
ROWS=$(awk '{for(i=1;i<NF;i++) if($i=="--rows") print $(i+1)}' <<<"$*"); ROWS=${ROWS:-20000}
DATA=$FAULT_DIR/import-pgdata
rm -rf "$DATA"
build
start_db
T0=$SECONDS

# crash PHASE COUNTY: starts an import, kills the application once the batch's progress in PHASE is > 0 and < 100 %.
crash() {
  local phase=$1 county=$2 log="$FAULT_DIR/import-$1.log"
  driver "$log" import-start --url "$URL" --rows "$ROWS" --csv "$FAULT_DIR/import-$phase.csv" --id-county "$county"
  local app=$LAST_PID
  wait_for "$log" "^ENTERPRISE " 900 "$app"
  ENTERPRISE=$(awk '/^ENTERPRISE /{print $2}' "$log")
  local progress=""
  while kill -0 "$app" 2>/dev/null; do
    progress=$(sql "SELECT progress_done || '/' || coalesce(progress_total, 0) FROM importing.import_batch
                    WHERE actor_enterprise = $ENTERPRISE AND progress_phase = '$phase' AND state IN ('VALIDATING', 'VALIDATED')
                      AND progress_done > 0 AND progress_done < coalesce(progress_total, 2147483647)" || true)
    [[ -n "$progress" ]] && break
    sleep 0.1
  done
  if [[ -z "$progress" ]]; then echo "FAIL  the import ended before it could be killed while $phase"; FAILED=1; tail -20 "$log"; return; fi
  kill9 "$app"
  echo "killed the application (kill -9) while $phase at $progress rows"
  sleep 1
}

workers() {
  sql "SELECT count(*) || ' workers, ' || count(DISTINCT w.resident_id_index) || ' distinct ID numbers'
         FROM archive.employment m JOIN archive.worker w ON w.id = m.worker_id WHERE m.enterprise_id = $1"
}

# --- killed while applying ---
crash APPLYING 110101
E1=$ENTERPRISE
check "APPLYING: after the kill, none of the batch's workers is stored" "$(workers $E1)" "0 workers, 0 distinct ID numbers"
check "APPLYING: the batch is still VALIDATED (not applied)" \
  "$(sql "SELECT string_agg(state, ',') FROM importing.import_batch WHERE actor_enterprise = $E1")" "VALIDATED"
S=$SECONDS
driver "$FAULT_DIR/import-APPLYING-finish.log" import-finish --url "$URL" --enterprise "$E1" --csv "$FAULT_DIR/import-APPLYING.csv"
wait "$LAST_PID" || { echo "FAIL  import-finish failed"; tail -30 "$FAULT_DIR/import-APPLYING-finish.log"; FAILED=1; }
grep -h "APPLIED\|no validated" "$FAULT_DIR/import-APPLYING-finish.log" || true
echo "restart and apply: $((SECONDS - S)) s"
check "APPLYING: after re-running, every worker once" "$(workers $E1)" "$ROWS workers, $ROWS distinct ID numbers"
check "APPLYING: the batch is APPLIED with all rows" \
  "$(sql "SELECT state || ' ' || applied_rows FROM importing.import_batch WHERE actor_enterprise = $E1")" "APPLIED $ROWS"

# --- killed while validating ---
crash VALIDATING 310104
E2=$ENTERPRISE
check "VALIDATING: after the kill, none of the batch's workers is stored" "$(workers $E2)" "0 workers, 0 distinct ID numbers"
check "VALIDATING: no batch of it can be applied" \
  "$(sql "SELECT count(*) FROM importing.import_batch WHERE actor_enterprise = $E2 AND state IN ('VALIDATED', 'APPLIED')")" "0"
S=$SECONDS
driver "$FAULT_DIR/import-VALIDATING-finish.log" import-finish --url "$URL" --enterprise "$E2" --csv "$FAULT_DIR/import-VALIDATING.csv"
wait "$LAST_PID" || { echo "FAIL  import-finish failed"; tail -30 "$FAULT_DIR/import-VALIDATING-finish.log"; FAILED=1; }
grep -h "APPLIED\|no validated" "$FAULT_DIR/import-VALIDATING-finish.log" || true
echo "restart, upload again and apply: $((SECONDS - S)) s"
check "VALIDATING: after re-running, every worker once" "$(workers $E2)" "$ROWS workers, $ROWS distinct ID numbers"
check "VALIDATING: the new batch is APPLIED with all rows" \
  "$(sql "SELECT state || ' ' || applied_rows FROM importing.import_batch WHERE actor_enterprise = $E2 AND state = 'APPLIED'")" "APPLIED $ROWS"
echo "the interrupted batch is left as: $(sql "SELECT state || ' ' || progress_phase || ' ' || progress_done || '/' || coalesce(progress_total, 0)
  FROM importing.import_batch WHERE actor_enterprise = $E2 AND state <> 'APPLIED'")"
echo "total $((SECONDS - T0)) s"
finish
