#!/usr/bin/env bash
# National-scale benchmark: load rows per second per dataset beside DuckDB's read_csv, and the model build.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/Analytics.Benchmarks -c Release -v quiet -nologo
dotnet artifacts/bin/Analytics.Benchmarks/release_linux-x64/Analytics.Benchmarks.dll
