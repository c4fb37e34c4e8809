#!/usr/bin/env bash
# Runs every test of Graph: the .NET suites (unit, contract, conformance against graphql-js, Cypher lint,
# end-to-end) in one `dotnet test` over the solution. The npm checkers are installed first if missing.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== installing the npm checkers (npm ci)"
  npm ci --no-audit --no-fund
fi

echo "== building"
dotnet build Graph.sln -c Release -v quiet -nologo

echo "== testing"
log=$(mktemp)
set +e
dotnet test Graph.sln -c Release --no-build -nologo --logger "console;verbosity=normal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line over all test assemblies, from the runner's per-assembly summaries
# ("Total tests: N" followed by "Passed: N", "Failed: N", "Skipped: N" lines).
awk '
  /^Total tests:/ { inside = 1; next }
  inside && /^ *Passed: *[0-9]+/  { p += $2; next }
  inside && /^ *Failed: *[0-9]+/  { f += $2; next }
  inside && /^ *Skipped: *[0-9]+/ { s += $2; next }
  { inside = 0 }
  END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
