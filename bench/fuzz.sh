#!/usr/bin/env bash
# Fuzzes one Jazzer target (issue 5) for a set time; the suite only replays the regression inputs.
#
#   bench/fuzz.sh ResidentIdFuzzTest 300
#   bench/fuzz.sh CreditCodeFuzzTest 300
#   bench/fuzz.sh SpreadsheetReaderFuzzTest#anyFile 300
#   bench/fuzz.sh SpreadsheetReaderFuzzTest#workbook 300
#   bench/fuzz.sh ModelFileFuzzTest 300
#
# Jazzer fuzzes only one @FuzzTest per run, so a class with two needs its method. The generated corpus goes
# to .cifuzz-corpus/<class>/<method> (kept between runs, ignored by git); a finding is written as crash-<sha1>
# into the target's <Class>Inputs/<method>/ directory under src/test/resources and fails the run: rename it
# to say what it is, fix the code, and it stays as a regression input. The libraries a target feeds are
# instrumented too (INSTRUMENT overrides), so coverage guides the fuzzer through their parsers as well.
# The figures: the last "#N DONE ... exec/s" / "stat::number_of_executed_units" lines of the output.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?"usage: bench/fuzz.sh <FuzzTestClass>[#method] [seconds]"}
seconds=${2:-300}
case "$target" in
  SpreadsheetReaderFuzzTest*) default_instrument='cn.jiazheng.credit.**,org.dhatim.fastexcel.**,com.fasterxml.aalto.**' ;;
  ModelFileFuzzTest*) default_instrument='cn.jiazheng.credit.**,org.yaml.snakeyaml.**,dev.cel.**' ;;
  *) default_instrument='cn.jiazheng.credit.**' ;;
esac
mkdir -p target/fuzz
log="target/fuzz/${target//#/-}.log"
echo "fuzzing $target for ${seconds}s; log in $log"
set +e
JAZZER_FUZZ=1 ./mvnw -B -o test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.hooks=true -Djazzer.max_duration="${seconds}s" -Djazzer.instrument="${INSTRUMENT:-$default_instrument}" \
  -Djazzer.keep_going="${KEEP_GOING:-1}" >"$log" 2>&1
status=$?
set -e
grep -E '^#[0-9]+.*(DONE|pulse)|stat::|^== Java Exception|^INFO: Seed|Tests run:|crash-' "$log" | tail -n 12
exit $status
