#!/usr/bin/env bash
# The live guard benchmark of docs/benchmarks.md: the guard's reservations per second and added
# latency (p50, p99) at 1, 16 and 64 threads against the local Redis, then redis-benchmark running
# EVALSHA of the same reserve.lua at the same concurrency in the same run, then the cost of
# recording a call on the calling thread. Keys under prefixes of its own, deleted at the end.
# Usage: bench/guard.sh [redis-host] [redis-port] [calls]
set -euo pipefail
cd "$(dirname "$0")/.."
host=${1:-127.0.0.1}
port=${2:-6379}
calls=${3:-20000}
out=bench/out
mkdir -p "$out"
mvn -q -B -ntp -pl src/client -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$out/client-cp.txt" -Dmdep.includeScope=test
cp="src/client/target/test-classes:src/client/target/classes:src/core/target/classes:$(cat "$out/client-cp.txt")"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $(redis-server --version | cut -d' ' -f3)"
echo "== llmspend guard (gpt-4o-mini 'Hello' request, one hard daily budget)"
java -Xmx1g -cp "$cp" io.llmspend.client.GuardBench "redis://$host:$port" "$calls" "${THREADS:-1,16,64}"
echo "== redis-benchmark: EVALSHA of the same reserve.lua, one budget (3 keys), same machine"
script=src/core/src/main/resources/io/llmspend/core/live/reserve.lua
[ -f "$script" ] || { echo "missing $script" >&2; exit 1; }
sha=$(redis-cli -h "$host" -p "$port" SCRIPT LOAD "$(cat "$script")")
tag="{llmspend-bench-rb-$$}"
expire=$(( $(date +%s) + 3600 ))
for c in 1 16 64; do
  printf "%3d clients: " "$c"
  redis-benchmark -h "$host" -p "$port" -n "$calls" -c "$c" -r 100000000 -q \
    EVALSHA "$sha" 3 "$tag:budget:b:d:(all)" "$tag:open:b:d:(all)" "$tag:members:b:d" \
    "__rand_int__" 62 600000 1 1000000000000 1 "$expire" "(all)" | tr "\r" "\n" | tail -1 | sed "s/.*(all): //"
done
redis-cli -h "$host" -p "$port" DEL "$tag:budget:b:d:(all)" "$tag:open:b:d:(all)" "$tag:members:b:d" > /dev/null
