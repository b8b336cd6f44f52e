#!/usr/bin/env bash
# Every test of the solution. A missing snapshot fails instead of being written.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-prerequisites.sh
export SNAPSHOOTER_STRICT_MODE=true
export DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet build Analytics.sln -c Release -v quiet -nologo

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test Analytics.sln -c Release --no-build -v minimal -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole suite, summed over the test projects' own summaries.
sed -nE 's/.*Failed:[[:space:]]+([0-9]+), Passed:[[:space:]]+([0-9]+), Skipped:[[:space:]]+([0-9]+).*/\1 \2 \3/p' "$log" |
  awk '{ failed += $1; passed += $2; skipped += $3 } END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }'
exit "$status"
