#!/usr/bin/env bash
# Whole processes of `analytics load` and `analytics build` at national scale (and ten times national), each beside
# DuckDB's own read_csv of the same files (in memory, and into a database file) measured in the same run, with the
# peak memory of every step; then a small follow-up batch on the national warehouse between two releases of its last
# month, and optionally the national extracts compared with a reference.
#
#   scripts/benchmark.sh [--ten-times] [--reports] [--cards] [--work DIR]
#                        [--write-reference DIR | --reference DIR]
#
#   --ten-times          also run at 10× national (160,000 primaries, about 8 million rows; tens of minutes)
#   --reports            also time the reports on the national warehouse against Chromium's own print
#   --cards              also time every primary card of the national warehouse, in Russian (goal: ≤ 600 s on 2 cores)
#   --work DIR           keep the inboxes, warehouses and logs in DIR (default: a temporary folder, removed)
#   --write-reference D  write the national warehouse's CSV extracts to D (run this on the old version)
#   --reference D        compare the national warehouse's CSV extracts with D: the figures must be byte-identical
set -euo pipefail
cd "$(dirname "$0")/.."

multipliers=(1)
reports=0
cards=0
work=""
reference=""
write_reference=""
while [ $# -gt 0 ]; do
  case "$1" in
    --ten-times) multipliers=(1 10) ;;
    --reports) reports=1 ;;
    --cards) cards=1 ;;
    --work) work=$2; shift ;;
    --reference) reference=$(realpath "$2"); shift ;;
    --write-reference) write_reference=$(realpath -m "$2"); shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

if [ ! -x /usr/bin/time ]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends time >/dev/null
fi

dotnet publish cli/Analytics.Cli -c Release -v quiet -nologo >/dev/null
dotnet build tests/Analytics.Benchmarks -c Release -v quiet -nologo >/dev/null
analytics=(dotnet "$PWD/artifacts/publish/Analytics.Cli/release_linux-x64/analytics.dll")
helper=(dotnet "$PWD/artifacts/bin/Analytics.Benchmarks/release_linux-x64/Analytics.Benchmarks.dll")
export SENIM_PSEUDONYM_SECRET='benchmark-secret-0123456789'
# DuckDB's memory limit: the product's default unless SENIM_MEMORY_LIMIT is set for the run (README, "Memory")
echo "memory limit: ${SENIM_MEMORY_LIMIT:-the default}"

if [ -z "$work" ]; then
  work=$(mktemp -d -t senim-benchmark-XXXXXX)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
work=$(realpath "$work")

# measure NAME COMMAND…: runs the command as its own process; keeps its output, wall seconds and peak RSS, and says
# them with the load average before and after (on a shared machine, seconds mean little without it).
measure() {
  local name=$1
  shift
  local before
  before=$(cut -d' ' -f1 /proc/loadavg)
  if ! /usr/bin/time -f '%e %M %U %S' -o "$work/$name.time" "$@" >"$work/$name.log" 2>&1; then
    echo "$name failed:" >&2
    tail -20 "$work/$name.log" >&2
    exit 1
  fi
  awk -v name="$name" -v before="$before" -v after="$(cut -d' ' -f1 /proc/loadavg)" \
    '{ printf "  %s: %s s (CPU %.1f s), peak %.0f MB, load average %s → %s\n", name, $1, $3 + $4, $2 / 1024, before, after }' "$work/$name.time"
}
seconds() { cut -d' ' -f1 "$work/$1.time"; }
megabytes() { awk '{ printf "%.0f", $2 / 1024 }' "$work/$1.time"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
sum() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a + b }'; }

declare -A result
for m in "${multipliers[@]}"; do
  dir="$work/x$m"
  rm -rf "$dir"
  mkdir -p "$dir"
  echo "== national × $m"
  measure "x$m-sample" "${analytics[@]}" sample --out "$dir/inbox" --scale national --multiplier "$m"
  rows=$(grep -E '\.csv: ' "$work/x$m-sample.log" | awk -F': ' '{ s += $2 } END { print s }')
  measure "x$m-read_csv" "${helper[@]}" read-csv "$dir/inbox"
  # the same, keeping the tables in a new database file (checkpointed), as a load keeps its rows
  measure "x$m-read_csv_file" "${helper[@]}" read-csv "$dir/inbox" --into "$dir/plain.duckdb"
  rm -f "$dir/plain.duckdb"
  measure "x$m-load" "${analytics[@]}" --warehouse "$dir/warehouse.duckdb" load "$dir/inbox"
  measure "x$m-build" "${analytics[@]}" --warehouse "$dir/warehouse.duckdb" build --cutoff 2026-12-31
  read_csv=$(seconds "x$m-read_csv")
  result[$m,rows]=$rows
  result[$m,read_csv]=$read_csv
  result[$m,read_csv_mb]=$(megabytes "x$m-read_csv")
  result[$m,read_csv_inner]=$(sed -nE 's/read_csv in process: ([0-9.]+) s/\1/p' "$work/x$m-read_csv.log")
  result[$m,read_csv_file]=$(seconds "x$m-read_csv_file")
  result[$m,read_csv_file_mb]=$(megabytes "x$m-read_csv_file")
  for step in load build; do
    result[$m,$step]=$(seconds "x$m-$step")
    result[$m,${step}_mb]=$(megabytes "x$m-$step")
  done
  echo "rows $rows; read_csv $read_csv s (in process ${result[$m,read_csv_inner]} s), into a file ${result[$m,read_csv_file]} s; load ${result[$m,load]} s; build ${result[$m,build]} s"
  "${helper[@]}" datasets "$dir/inbox" "$dir/warehouse.duckdb" | tee "$work/x$m-datasets.md"

  if [ "$m" = 1 ]; then
    if [ -n "$write_reference$reference" ]; then
      measure "x1-extract" "${analytics[@]}" --warehouse "$dir/warehouse.duckdb" extract --out "$dir/extract" --format csv
      if [ -n "$write_reference" ]; then
        rm -rf "$write_reference"
        cp -r "$dir/extract" "$write_reference"
        echo "reference extracts written to $write_reference"
      else
        if diff -r "$reference" "$dir/extract" >"$work/extract.diff"; then
          echo "extracts: byte-identical to $reference ($(find "$reference" -type f -name '*.csv' | wc -l) tables)"
        else
          echo "extracts DIFFER from $reference:" >&2
          head -40 "$work/extract.diff" >&2
          exit 1
        fi
      fi
    fi

    # the campaign's last month released as the national load gave it; the follow-up batch then changes it, and its
    # second revision (below) compares the two revisions' 22 extract tables
    measure "x1-release-1" "${analytics[@]}" --warehouse "$dir/warehouse.duckdb" release --month 4

    "${helper[@]}" follow-up "$dir/inbox" "$dir/follow-up" | tee "$work/follow-up.txt"
    # three runs on copies of the same warehouse, the figure their median: a few seconds vary by a third from one
    # run to the next on a shared machine; the first run's warehouse goes on to the checks below
    # each run alternates the two ways an analyst brings it in: `load` then `build`, and `update` (both in one process)
    cp "$dir/warehouse.duckdb" "$dir/before-follow-up.duckdb"
    follow_runs=()
    update_runs=()
    for run in 3 2 1; do
      cp "$dir/before-follow-up.duckdb" "$dir/updated.duckdb"
      measure "follow-up-update-$run" "${analytics[@]}" --warehouse "$dir/updated.duckdb" update "$dir/follow-up" --cutoff 2026-12-31
      update_runs+=("$(seconds "follow-up-update-$run") $run")
      cp "$dir/before-follow-up.duckdb" "$dir/warehouse.duckdb"
      measure "follow-up-load-$run" "${analytics[@]}" --warehouse "$dir/warehouse.duckdb" load "$dir/follow-up"
      measure "follow-up-build-$run" "${analytics[@]}" --warehouse "$dir/warehouse.duckdb" build --cutoff 2026-12-31
      follow_runs+=("$(sum "$(seconds "follow-up-load-$run")" "$(seconds "follow-up-build-$run")") $(seconds "follow-up-load-$run") $(seconds "follow-up-build-$run") $run")
    done
    rm "$dir/before-follow-up.duckdb" "$dir/updated.duckdb"
    read -r follow_total follow_load follow_build follow_median < <(printf '%s\n' "${follow_runs[@]}" | sort -n | sed -n 2p)
    read -r update_total update_median < <(printf '%s\n' "${update_runs[@]}" | sort -n | sed -n 2p)
    echo "follow-up batch, median of three: load $follow_load s + build $follow_build s = $follow_total s = $(ratio "$follow_total" "${result[1,read_csv]}")× read_csv (goal ≤ 2 s, set where read_csv took 1.4 s: 1.43× it; the three: $(printf '%s\n' "${follow_runs[@]}" | cut -d' ' -f1 | sort -n | paste -sd' ')); $(sed -nE 's/.*: (пересчитано [0-9]+ из [0-9]+).*/\1 models/p' "$work/follow-up-build-1.log")"
    echo "follow-up batch as one command (analytics update), median of three: $update_total s = $(ratio "$update_total" "${result[1,read_csv]}")× read_csv (the three: $(printf '%s\n' "${update_runs[@]}" | cut -d' ' -f1 | sort -n | paste -sd' '))"
    # the incremental build must give what a build of every model gives: both warehouses' extracts compared
    # a copy in a folder of its own, with the releases it was made with: a warehouse reads only its own releases
    rm -rf "$dir/full" && mkdir "$dir/full"
    cp "$dir/warehouse.duckdb" "$dir/full/warehouse.duckdb"
    cp -r "$dir/releases" "$dir/full/releases"
    measure "follow-up-full-build" "${analytics[@]}" --warehouse "$dir/full/warehouse.duckdb" build --cutoff 2026-12-31 --full
    measure "follow-up-extract" "${analytics[@]}" --warehouse "$dir/warehouse.duckdb" extract --out "$dir/follow-up-extract" --format csv
    measure "follow-up-full-extract" "${analytics[@]}" --warehouse "$dir/full/warehouse.duckdb" extract --out "$dir/follow-up-full-extract" --format csv
    rm -r "$dir/full"
    if diff -r "$dir/follow-up-extract" "$dir/follow-up-full-extract" >"$work/follow-up-extract.diff"; then
      echo "follow-up batch: the incremental build's extracts are byte-identical to a full build's ($(seconds follow-up-full-build) s)"
    else
      echo "follow-up batch: the incremental build's extracts DIFFER from a full build's:" >&2
      head -40 "$work/follow-up-extract.diff" >&2
      exit 1
    fi
    measure "follow-up-release-2" "${analytics[@]}" --warehouse "$dir/warehouse.duckdb" release --month 4
    if ! grep -q "редакция 2" "$work/follow-up-release-2.log"; then
      echo "the second release of month 4 did not write revision 2:" >&2
      cat "$work/follow-up-release-2.log" >&2
      exit 1
    fi
    echo "second release of month 4: $(tail -1 "$work/follow-up-release-2.log")"

    if [ "$reports" = 1 ]; then
      echo "== reports on the national warehouse"
      "${helper[@]}" reports "$dir/warehouse.duckdb" "$dir/reports" | tee "$work/reports.md"
      cli=$(sed -nE "s/^weekly PDF: .* against ([0-9.]+) s for Chromium's CLI.*/\1/p" "$work/reports.md")
      # the same reports as an analyst prints them: whole processes, mart reads and .NET start-up included
      measure "report-weekly" "${analytics[@]}" --warehouse "$dir/warehouse.duckdb" --lang ru report weekly --out "$dir/cli-reports"
      measure "report-monthly" "${analytics[@]}" --warehouse "$dir/warehouse.duckdb" report monthly --out "$dir/cli-reports"
      echo "whole process: analytics report weekly --lang ru $(seconds report-weekly) s = $(ratio "$(seconds report-weekly)" "$cli")× Chromium's CLI print ($cli s), peak $(megabytes report-weekly) MB"
      echo "whole process: analytics report monthly, $(ls "$dir/cli-reports"/monthly-*.pdf | wc -l) PDFs: $(seconds report-monthly) s (goal ≤ 30 s), peak $(megabytes report-monthly) MB"
    fi

    if [ "$cards" = 1 ]; then
      # the machine may be shared: the load average beside the figure says how much of the two cores it had
      load_before=$(cut -d' ' -f1-3 /proc/loadavg)
      measure "x1-cards" "${analytics[@]}" --warehouse "$dir/warehouse.duckdb" --lang ru report primary --out "$dir/cards"
      printed=$(sed -nE 's/^[^:]*: ([0-9]+) в ([0-9]+) PDF.*/\1 cards in \2 PDFs/p' "$work/x1-cards.log")
      echo "primary cards (ru): $printed, $(seconds x1-cards) s (goal ≤ 600 s), peak $(megabytes x1-cards) MB; load average before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg)"
    fi
  fi
done

echo
echo "| step | national × 1, s | ratio to read_csv | ratio to read_csv into a file | peak MB |$( [ ${#multipliers[@]} -gt 1 ] && echo " × 10, s | ratio to read_csv | ratio to read_csv into a file | peak MB | growth |")"
echo "|---|---:|---:|---:|---:|$( [ ${#multipliers[@]} -gt 1 ] && echo "---:|---:|---:|---:|---:|")"
row() {
  local name=$1 key=$2
  local line="| $name | ${result[1,$key]} | $(ratio "${result[1,$key]}" "${result[1,read_csv]}")× | $(ratio "${result[1,$key]}" "${result[1,read_csv_file]}")× | ${result[1,${key}_mb]} |"
  if [ ${#multipliers[@]} -gt 1 ]; then
    line="$line ${result[10,$key]} | $(ratio "${result[10,$key]}" "${result[10,read_csv]}")× | $(ratio "${result[10,$key]}" "${result[10,read_csv_file]}")× | ${result[10,${key}_mb]} | $(ratio "${result[10,$key]}" "${result[1,$key]}")× |"
  fi
  echo "$line"
}
echo "| input rows | ${result[1,rows]} | | | |$( [ ${#multipliers[@]} -gt 1 ] && echo " ${result[10,rows]} | | | | $(ratio "${result[10,rows]}" "${result[1,rows]}")× |")"
row "DuckDB read_csv of the same files, in memory (whole process)" read_csv
row "DuckDB read_csv of the same files, into a database file (whole process)" read_csv_file
row "analytics load (whole process)" load
row "analytics build --cutoff 2026-12-31 (whole process)" build
echo "| follow-up batch ($(sed -nE 's/follow-up batch: ([0-9,]+) rows/\1/p' "$work/follow-up.txt") rows): load + build, median of three (goal ≤ 2 s where read_csv took 1.4 s: 1.43×) | $follow_total | $(ratio "$follow_total" "${result[1,read_csv]}")× | $(ratio "$follow_total" "${result[1,read_csv_file]}")× | $(printf '%s\n' "$(megabytes "follow-up-load-$follow_median")" "$(megabytes "follow-up-build-$follow_median")" | sort -n | tail -1) |"
echo "| the same batch as one command, \`analytics update\`, median of three | $update_total | $(ratio "$update_total" "${result[1,read_csv]}")× | $(ratio "$update_total" "${result[1,read_csv_file]}")× | $(megabytes "follow-up-update-$update_median") |"
