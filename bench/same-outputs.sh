#!/usr/bin/env bash
# Proves a change keeps the sample week's outputs: runs `nightly` and then `monthly --month
# 2026-11` on the bundled sample week with two builds of llmspend.jar, each on a fresh store, and
# compares every CSV file (nightly and monthly), recommendations.md and run-summary.json byte for
# byte; only run-summary.json's "seconds" (wall time) is left out. Exit 0 when identical, 1 when
# not.
#
# Usage: bench/same-outputs.sh BEFORE.jar [AFTER.jar]
#   AFTER.jar defaults to target/llmspend.jar. Build BEFORE.jar from the commit to compare with,
#   e.g. main in a temporary clone:
#     git clone -q --branch main . /tmp/before && (cd /tmp/before && mvn -B -ntp -q package -DskipTests)
#     bench/same-outputs.sh /tmp/before/target/llmspend.jar
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(realpath "${1:?usage: bench/same-outputs.sh BEFORE.jar [AFTER.jar]}")
after=$(realpath "${2:-target/llmspend.jar}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { # run NAME JAR: nightly then monthly into $work/NAME (own store, own job repository)
  local out="$work/$1"
  mkdir -p "$out"
  # exit 3 is expected: the sample plants 4 malformed lines
  java -jar "$2" nightly --db "$out/s.duckdb" --reports "$out/r" > "$out/nightly.log" 2>&1 \
    || [ $? -eq 3 ] || { echo "nightly with $2 failed: see $out/nightly.log"; cat "$out/nightly.log"; exit 2; }
  java -jar "$2" monthly --month 2026-11 --db "$out/s.duckdb" --reports "$out/r" \
    > "$out/monthly.log" 2>&1 || { echo "monthly with $2 failed"; cat "$out/monthly.log"; exit 2; }
  sed -i '/"seconds" :/d' "$out/r/2026-11-22/run-summary.json"
  find "$out/r" -name '*.xlsx' -delete # workbooks hold timestamps; their numbers are the CSVs'
}

run before "$before"
run after "$after"
files=$(cd "$work/before/r" && find . -type f | sort)
echo "compared $(echo "$files" | wc -l) files (nightly and monthly CSV files, recommendations.md, run-summary.json)"
if diff -r "$work/before/r" "$work/after/r"; then
  echo "identical"
else
  echo "DIFFERENT"
  exit 1
fi
