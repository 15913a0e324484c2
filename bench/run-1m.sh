#!/usr/bin/env bash
# The 1,000,000-call benchmark of docs/benchmarks.md (issue 13): generates the calls, measures the
# bound (read + parse + tokenize distinct text on all cores, nothing written) on the same logs,
# then runs the nightly job on them and prints job time, bound and ratio (bound / job, aim >= 0.7),
# peak RSS and the time of each step. Figures go to stdout and to bench/out/ (not committed).
# Usage: bench/run-1m.sh [calls] [days]     FULL_TOKENIZE=1 adds the three single-thread passes.
#        HEAP=1g (default) sets the nightly job's -Xmx; STORE_MEMORY=1GB (default) sets DuckDB's
#        memory limit for the store (llmspend.store.memory-limit; beyond it the merge spills to
#        disk instead of growing: 10M calls peaked at 14.3 GB RSS without it, 4.7 GB with 2GB,
#        3.4 GB with 1GB); KEEP_LOGS=1 reuses the logs;
#        JFR=1 records the nightly job with Java Flight Recorder and prints its hottest methods;
#        OUT=dir puts logs, store and reports there instead of bench/out.
#        Above 1,000,000 calls the logs are generated in parts of 1,000,000 calls (seeds 7, 8, ...)
#        under logs/part-NN: the generator plans a part's calls in memory (about 2.8 GB a million).
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-1000000}
days=${2:-30}
heap=${HEAP:-1g}
store_memory=${STORE_MEMORY:-1GB}
out=${OUT:-bench/out}
if [ "${KEEP_LOGS:-0}" = 1 ] && [ -d "$out/logs" ]; then
  rm -rf "$out/reports" "$out"/bench.duckdb* "$out"/bench-jobs* "$out/nightly.txt" "$out/nightly.jfr"
else
  rm -rf "$out" && mkdir -p "$out"
fi
[ -f target/llmspend.jar ] && [ -f target/llmspend-sample.jar ] || mvn -q -B -ntp package -DskipTests
cp target/llmspend.jar target/llmspend-sample.jar "$out/"
cores=$(nproc)
echo "machine: $cores cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
if [ ! -d "$out/logs" ]; then
  if [ "$calls" -le 1000000 ]; then
    echo "== generate-sample --calls $calls --days $days --seed 7"
    /usr/bin/time -f "generate: %e s wall, %M KiB peak RSS" \
      java -Xmx3g -jar "$out/llmspend-sample.jar" generate-sample --calls "$calls" --days "$days" \
      --seed 7 --out "$out/logs" > "$out/generate.txt"
  else
    parts=$(( (calls + 999999) / 1000000 ))
    for ((i = 0; i < parts; i++)); do
      n=$(( i < parts - 1 ? 1000000 : calls - 1000000 * (parts - 1) ))
      part=$(printf 'part-%02d' "$i")
      echo "== generate-sample --calls $n --days $days --seed $((7 + i)) --out logs/$part"
      /usr/bin/time -f "generate $part: %e s wall, %M KiB peak RSS" \
        java -Xmx3g -jar "$out/llmspend-sample.jar" generate-sample --calls "$n" --days "$days" \
        --seed $((7 + i)) --out "$out/logs/$part" >> "$out/generate.txt"
    done
  fi
fi
du -shL "$out/logs"
if [ "${FULL_TOKENIZE:-0}" = 1 ]; then
  echo "== bench-tokenize (single thread, three passes over the same logs)"
  java -Xmx2g -jar "$out/llmspend.jar" bench-tokenize --logs "$out/logs" | tee "$out/tokenize.txt"
fi
echo "== bound ($cores threads; load before: $(cut -d' ' -f1-3 /proc/loadavg))"
/usr/bin/time -f "bound process: %e s wall, %U s user + %S s sys CPU" -o "$out/bound-time.txt" \
  java -Xmx$heap -jar "$out/llmspend.jar" bench-tokenize --logs "$out/logs" --bound "$cores" \
  | tee "$out/bound.txt"
tail -1 "$out/bound-time.txt"
echo "== nightly (-Xmx$heap, llmspend.store.memory-limit=$store_memory; load before: $(cut -d' ' -f1-3 /proc/loadavg))"
cd "$out"
jfr=()
[ "${JFR:-0}" = 1 ] && jfr=(-XX:StartFlightRecording=filename=nightly.jfr,settings=profile)
status=0
/usr/bin/time -f "nightly: %e s wall, %M KiB peak RSS, %U s user + %S s sys CPU" -o time.txt \
  java -Xmx$heap -Dllmspend.store.memory-limit="$store_memory" "${jfr[@]}" -jar llmspend.jar nightly --logs logs --db bench.duckdb --reports reports \
  > nightly.txt 2>&1 || status=$?
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
# 3 is a run that completed with quarantined lines (the generator plants some); anything else
# failed, and a failed run's time is no benchmark
if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
  echo "nightly FAILED with exit code $status after $(grep "nightly:" time.txt | awk '{print $2}') s:"
  grep "^llmspend: " nightly.txt | tail -1 | cut -c1-400
  exit 1
fi
grep "nightly:" time.txt
grep -E "executed in" nightly.txt | sed -E 's/.*Step: \[([^]]+)\] executed in (.*)/\1 \2/' \
  | grep -v "^ingestPartition:" || true
echo "partitions: $(grep -c 'Step: \[ingestPartition:' nightly.txt || true)"
grep -E "ingest: read" nightly.txt | tail -1 || true
bound=$(sed -E 's/.*nothing written: ([0-9.]+) s.*/\1/' bound.txt)
job=$(grep "nightly:" time.txt | awk '{print $2}')
awk -v b="$bound" -v j="$job" 'BEGIN { printf "job %.1f s wall, bound %.1f s, ratio bound/job %.2f (aim >= 0.70)\n", j, b, b / j }'
if [ -f nightly.jfr ]; then
  echo "hottest methods (top frame of JFR execution samples, all threads):"
  jfr print --events jdk.ExecutionSample nightly.jfr | grep -A1 "stackTrace = \[" \
    | grep -v -e "stackTrace" -e "^--" | sed -E 's/^ +//; s/ line:.*//' | sort | uniq -c \
    | sort -rn | head -25
fi
