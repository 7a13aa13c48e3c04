#!/usr/bin/env bash
# Runs every test project of the solution and ends with one line: "N passed, N failed, N skipped".
# Installs what the tests need on a fresh Debian machine first (see scripts/prerequisites.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/.ci/out"
rm -rf "$out"
mkdir -p "$out"

bash scripts/prerequisites.sh || { echo "prerequisites failed"; echo "0 passed, 1 failed"; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! dotnet build OutlookFollowUp.sln -c Release -nologo -v minimal 2>&1 | tee "$out/build.log" | grep -E "error|Build succeeded|Warn" ; then
  :
fi
if ! grep -q "Build succeeded" "$out/build.log"; then
  echo "build failed (see .ci/out/build.log)"
  echo "0 passed, 1 failed"
  exit 1
fi

# The add-in front end: lint, type check and unit tests (vitest, in Node). The Api's build above already ran npm ci.
addin_failed=0
(cd src/OutlookFollowUp.AddIn && npm run -s lint >"$out/addin-lint.log" 2>&1 && npm run -s typecheck >>"$out/addin-lint.log" 2>&1) \
  || { echo "add-in lint or type check failed (see .ci/out/addin-lint.log)"; addin_failed=1; }
(cd src/OutlookFollowUp.AddIn && NO_COLOR=1 VITEST_JUNIT="$out/vitest-junit.xml" npx vitest run >"$out/vitest.log" 2>&1) \
  || echo "add-in unit tests failed (see .ci/out/vitest.log)"
sed 's/\x1b\[[0-9;]*m//g' "$out/vitest.log" | grep -E "^ +Tests +[0-9]" | sed 's/^ */add-in unit tests (vitest): /' || true

# PostgreSQL for the ledger tests, stopped when the run ends.
eval "$(bash scripts/postgres.sh start)"
trap 'bash scripts/postgres.sh stop' EXIT

status=0
dotnet test OutlookFollowUp.sln -c Release --no-build -nologo \
  --logger "trx" --results-directory "$out" -- RunConfiguration.TreatNoTestsAsError=false || status=$?

passed=0; failed=0; skipped=0; files=0
for trx in "$out"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  attr() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  p=$(attr passed); f=$(attr failed); e=$(attr error); t=$(attr timeout); a=$(attr aborted); n=$(attr notExecuted)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0})); skipped=$((skipped + ${n:-0}))
done

# vitest's JUnit report: tests, failures, errors and skipped on its <testsuites> / <testsuite> elements.
junit="$out/vitest-junit.xml"
if [ -s "$junit" ]; then
  suites=$(grep -o '<testsuite [^>]*>' "$junit")
  sum() { echo "$suites" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" | awk '{ n += $1 } END { print n + 0 }'; }
  v_tests=$(sum tests); v_fail=$(sum failures); v_err=$(sum errors); v_skip=$(sum skipped)
  v_tests=${v_tests:-0}; v_fail=${v_fail:-0}; v_err=${v_err:-0}; v_skip=${v_skip:-0}
  passed=$((passed + v_tests - v_fail - v_err - v_skip)); failed=$((failed + v_fail + v_err)); skipped=$((skipped + v_skip))
else
  echo "no vitest report: counting the add-in's unit tests as one failure"
  failed=$((failed + 1))
fi
failed=$((failed + addin_failed))

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status without a failed test: counting the aborted run as a failure"
  failed=$((failed + 1))
fi
if [ "$files" -eq 0 ]; then
  failed=$((failed + 1))
fi

echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ]
