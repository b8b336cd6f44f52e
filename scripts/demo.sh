#!/usr/bin/env bash
# The demo: a synthetic federation is generated, loaded, built, extracted and reported into ./out.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-prerequisites.sh
dotnet publish cli/Analytics.Cli -c Release -v quiet -nologo
dotnet artifacts/publish/Analytics.Cli/release_linux-x64/analytics.dll demo --out out "$@"
