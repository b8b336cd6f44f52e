#!/usr/bin/env bash
# Every test of the solution. A missing snapshot fails instead of being written.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-prerequisites.sh
export SNAPSHOOTER_STRICT_MODE=true
export DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet build Analytics.sln -c Release -v quiet -nologo
dotnet test Analytics.sln -c Release --no-build -v quiet -nologo
