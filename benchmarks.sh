#!/usr/bin/env bash
# Runs the whole benchmark suite (issue 7) in about 5 minutes on 2 cores and prints the ratio table.
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
  'ModerationBenchmark|LatencyBenchmark|StreamingBenchmark' "$@"
java -jar "$JAR" -rf json -rff "$OUT/results-build.json" BuildBenchmark
java -Xmx1g -cp "$JAR" io.crisisrules.bench.Footprint "$OUT/footprint.properties"
# one JSON array out of the two
python3 - "$OUT" <<'PY' 2>/dev/null || { echo "[" > "$OUT/results.json"; sed '1d;$d' "$OUT/results-steady.json" >> "$OUT/results.json"; echo "," >> "$OUT/results.json"; sed '1d' "$OUT/results-build.json" >> "$OUT/results.json"; }
import json, sys
out = sys.argv[1]
runs = json.load(open(out + "/results-steady.json")) + json.load(open(out + "/results-build.json"))
json.dump(runs, open(out + "/results.json", "w"), indent=1)
PY
echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
java -version 2>&1 | head -1
java -cp "$JAR" io.crisisrules.bench.Ratios "$OUT/results.json" "$OUT/footprint.properties" | tee "$OUT/ratios.md"
