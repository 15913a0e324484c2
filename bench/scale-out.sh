#!/usr/bin/env bash
# The scale-out benchmark of docs/benchmarks.md ("Scale-out: remote workers"): the same generated
# logs through the nightly job on one machine (partitions on threads), then as a manager with 1
# and with 2 `llmspend worker` JVMs on this machine, over the local RabbitMQ (127.0.0.1:5672) and
# PostgreSQL (127.0.0.1:5432, database test, trust auth; a fresh schema per run). Prints the
# ingestPartitions (read, parse, count, price) and ingest (merge into DuckDB) step times and the
# whole run's wall time. Figures go to stdout and bench/out-scale-out/ (not committed).
# Usage: [BENCH_OUT=DIR] bench/scale-out.sh [calls] [days]
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-1000000}
days=${2:-30}
out=${BENCH_OUT:-$PWD/bench/out-scale-out}
rm -rf "$out" && mkdir -p "$out"
[ -f target/llmspend.jar ] && [ -f target/llmspend-sample.jar ] || mvn -q -B -ntp package -DskipTests
cp target/llmspend.jar target/llmspend-sample.jar "$out/"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== generate-sample --calls $calls --days $days --seed 7"
java -Xmx3g -jar "$out/llmspend-sample.jar" generate-sample --calls "$calls" --days "$days" \
  --seed 7 --out "$out/logs" > "$out/generate.txt"
du -sh "$out/logs"

steps() { # the step times of a nightly log
  grep -E "Step: \[(ingestPartitions|ingest)\] executed in" "$1" | sed 's/.*Step: /  /'
}

echo "== single machine (partitions on threads)"
mkdir -p "$out/single"
/usr/bin/time -o "$out/single/time.txt" -f "  wall %e s, peak RSS %M KiB" \
  java -Xmx1g -jar "$out/llmspend.jar" nightly \
  --logs "$out/logs" --db "$out/single/bench.duckdb" --reports "$out/single/reports" \
  > "$out/single/nightly.txt" 2>&1 || true
steps "$out/single/nightly.txt"
cat "$out/single/time.txt"

for workers in 1 2; do
  run="$out/workers-$workers"
  schema="bench_scale_out_$workers"
  mkdir -p "$run"
  PGOPTIONS=--client-min-messages=warning psql -q -h 127.0.0.1 -U postgres -d test -c "drop schema if exists $schema cascade; create schema $schema"
  cat > "$run/remote.yml" <<YML
spring:
  datasource:
    url: "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema"
    username: postgres
    password: ""
  rabbitmq: {host: 127.0.0.1, port: 5672, username: guest, password: guest}
llmspend:
  ingest:
    partition-dir: "$run/partitions"
  remote:
    queue: "llmspend.bench.$workers.$$"
    workers: $workers
    poll-interval: 200ms
YML
  pids=()
  for i in $(seq 1 "$workers"); do
    java -Xmx1g -jar "$out/llmspend.jar" worker --config "$run/remote.yml" > "$run/worker$i.txt" 2>&1 &
    pids+=($!)
  done
  for i in $(seq 1 "$workers"); do
    until grep -q "taking partitions" "$run/worker$i.txt"; do sleep 1; done
  done
  echo "== manager + $workers worker(s)"
  /usr/bin/time -o "$run/time.txt" -f "  wall %e s, manager peak RSS %M KiB" \
    java -Xmx1g -jar "$out/llmspend.jar" nightly \
    --workers remote --logs "$out/logs" --db "$run/bench.duckdb" --reports "$run/reports" \
    --config "$run/remote.yml" > "$run/nightly.txt" 2>&1 || true
  steps "$run/nightly.txt"
  cat "$run/time.txt"
  for i in $(seq 1 "$workers"); do
    echo "  worker$i ran $(grep -c 'PartitionGuard - running' "$run/worker$i.txt") partitions"
  done
  kill "${pids[@]}"
  wait "${pids[@]}" 2>/dev/null || true
  PGOPTIONS=--client-min-messages=warning psql -q -h 127.0.0.1 -U postgres -d test -c "drop schema $schema cascade"
  rabbitmqctl -q delete_queue "llmspend.bench.$workers.$$" >/dev/null 2>&1 || true
  for f in "$out"/single/reports/*/*.csv; do
    cmp -s "$f" "$run/reports/$(basename "$(dirname "$f")")/$(basename "$f")" \
      || echo "  DIFFERS from the single-machine run: $(basename "$f")"
  done
done
grep "COMPLETED" "$out/single/nightly.txt" | tail -1
