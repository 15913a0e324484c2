#!/usr/bin/env bash
# The 1,000,000-call benchmark of docs/benchmarks.md: generates the calls, measures bare
# tokenization on the same logs, then runs the nightly job on them. Figures go to stdout and to
# bench/out/ (not committed). Usage: bench/run-1m.sh [calls] [days]
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-1000000}
days=${2:-30}
out=bench/out
rm -rf "$out" && mkdir -p "$out"
[ -f target/llmspend.jar ] && [ -f target/llmspend-sample.jar ] || mvn -q -B -ntp package -DskipTests
cp target/llmspend.jar target/llmspend-sample.jar "$out/"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "== generate-sample --calls $calls --days $days --seed 7"
/usr/bin/time -f "generate: %e s wall, %M KiB peak RSS" \
  java -Xmx3g -jar "$out/llmspend-sample.jar" generate-sample --calls "$calls" --days "$days" --seed 7 \
  --out "$out/logs" > "$out/generate.txt"
du -sh "$out/logs"
echo "== bench-tokenize (single thread, three passes over the same logs)"
java -Xmx2g -jar "$out/llmspend.jar" bench-tokenize --logs "$out/logs" | tee "$out/tokenize.txt"
echo "== nightly (-Xmx2g)"
cd "$out"
/usr/bin/time -f "nightly: %e s wall, %M KiB peak RSS" \
  java -Xmx2g -jar llmspend.jar nightly --logs logs --db bench.duckdb --reports reports \
  > nightly.txt 2>&1 || true
tail -1 nightly.txt
grep -E "executed in|lines/s" nightly.txt | tail -6
