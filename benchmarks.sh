#!/usr/bin/env bash
# Runs the whole benchmark suite (issue 7) in about 9 minutes on 2 cores and prints the ratio table.
#   ./benchmarks.sh            build with -Pbenchmarks (runs EquivalenceTest), then run everything
# MAVEN_REPO_LOCAL=/path sets -Dmaven.repo.local for the build.
#   ./benchmarks.sh --no-build reuse crisis-benchmarks/target/benchmarks.jar
# Extra JMH options after --, e.g. ./benchmarks.sh -- -prof gc
# Results: crisis-benchmarks/target/results.json, footprint.properties, ratios.md
set -euo pipefail
cd "$(dirname "$0")"
MVN_OPTS=()
[[ -n "${MAVEN_REPO_LOCAL:-}" ]] && MVN_OPTS+=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
if [[ "${1:-}" != "--no-build" ]]; then
  # builds what the benchmarks need; of the tests, runs only EquivalenceTest (mvn -B verify runs the rest)
  mvn -B -q "${MVN_OPTS[@]}" -Pbenchmarks package -pl crisis-benchmarks -am \
    -Dtest=EquivalenceTest -Dsurefire.failIfNoSpecifiedTests=false
else
  shift
fi
[[ "${1:-}" == "--" ]] && shift
JAR=crisis-benchmarks/target/benchmarks.jar
OUT=crisis-benchmarks/target
# steady-state benchmarks: 1 fork, 8 × 2 s warm-up (Drools needs it: the JIT compiles the executable model's lambdas and
# the network, then C2; batch moderation settles only after ~10 s), 5 × 1 s measurement; BuildBenchmark sets its own
# (5 fresh JVMs, one shot each)
java -jar "$JAR" -f 1 -wi 8 -w 2s -i 5 -r 1s -rf json -rff "$OUT/results-steady.json" \
  'ModerationBenchmark|LatencyBenchmark|StreamingBenchmark|CheckpointBenchmark' "$@"
java -jar "$JAR" -rf json -rff "$OUT/results-build.json" BuildBenchmark
# offence lookups (MOD-04) in each history, side by side: in memory, JDBC on H2, and JDBC on PostgreSQL
# when its binaries are here (a throwaway cluster on a free port of 127.0.0.1, stopped on exit)
PG_ARGS=()
HISTORIES=inMemory,h2
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [[ -n "$PGBIN" && -x "$PGBIN/initdb" ]]; then
  PGHOME=$(mktemp -d)
  AS=()
  if [[ $(id -u) == 0 ]]; then chown postgres "$PGHOME"; AS=(runuser -u postgres --); fi
  PGPORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${AS[@]}" "$PGBIN/initdb" -D "$PGHOME/data" -U crisis --auth=trust -E UTF8 --no-locale --no-sync > /dev/null
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$PGHOME/data" -l "$PGHOME/server.log" -w \
    -o "-p $PGPORT -k $PGHOME -c listen_addresses=127.0.0.1" start > /dev/null
  trap '"${AS[@]}" "$PGBIN/pg_ctl" -D "$PGHOME/data" -m fast stop > /dev/null; rm -rf "$PGHOME"' EXIT
  PG_ARGS=(-jvmArgsAppend "-Dcrisis.postgres.url=jdbc:postgresql://127.0.0.1:$PGPORT/postgres")
  HISTORIES=inMemory,h2,postgresql
fi
java -jar "$JAR" -f 1 -wi 3 -w 1s -i 5 -r 1s -p history=$HISTORIES "${PG_ARGS[@]}" \
  -rf json -rff "$OUT/results-offences.json" OffenceLookupBenchmark
java -Xmx1g -cp "$JAR" io.crisisrules.bench.Footprint "$OUT/footprint.properties"
# bounds (issue 19): KPI pushes with 20,000 expired scopes, a flood of 10^6 offending authors, and the
# concurrency soak (one engine, 16 threads, 60 s, every result compared with the single-threaded one)
java -jar "$JAR" -f 1 -wi 3 -w 2s -i 5 -r 2s -rf json -rff "$OUT/results-bounds.json" MonitorScopesBenchmark
java -jar "$JAR" -rf json -rff "$OUT/results-flood.json" OffenceFloodBenchmark
java -Xmx1g -cp "$JAR" io.crisisrules.bench.OffenceFloodBenchmark | tee "$OUT/flood.properties"
java -Xmx2g -cp "$JAR" io.crisisrules.bench.ConcurrencySoak 16 60 | tee "$OUT/soak.properties"
# monitor checkpoint size (issue 15): bytes of JSON after a week of 5-minute counts, beside the week itself
java -cp "$JAR" io.crisisrules.bench.CheckpointBenchmark | grep bytes | tee "$OUT/checkpoint.properties"
# one JSON array out of the two
python3 - "$OUT" <<'PY' 2>/dev/null || { echo "[" > "$OUT/results.json"; sed '1d;$d' "$OUT/results-steady.json" >> "$OUT/results.json"; echo "," >> "$OUT/results.json"; sed '1d' "$OUT/results-build.json" >> "$OUT/results.json"; }
import json, sys
out = sys.argv[1]
runs = json.load(open(out + "/results-steady.json")) + json.load(open(out + "/results-build.json")) \
    + json.load(open(out + "/results-offences.json")) + json.load(open(out + "/results-bounds.json")) \
    + json.load(open(out + "/results-flood.json"))
json.dump(runs, open(out + "/results.json", "w"), indent=1)
PY
echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
java -version 2>&1 | head -1
java -cp "$JAR" io.crisisrules.bench.Ratios "$OUT/results.json" "$OUT/footprint.properties" | tee "$OUT/ratios.md"
