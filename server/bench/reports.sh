#!/bin/sh
# The national reports benchmark of issue 8 (docs/benchmarks.md). Starts the platform with ./run's own runner on a
# database of its own (folder QUALEPREF_BENCH_DIR, default target/reports-benchmark, kept for re-runs; ports 8097 and
# 55497), generates 330 sites × 5 years of audits, findings, labels and governance records once, then times every
# national report through HTTP (JSON, HTML, xlsx). Arguments: [runs per report] [extra report routes...].
# Needs the packaged server: ./mvnw -pl server -am package -DskipTests (and test-compile) first.
set -e
cd "$(dirname "$0")/.."
bench="$(realpath -m "${QUALEPREF_BENCH_DIR:-target/reports-benchmark}")"
mkdir -p "$bench"
../mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
QUALEPREF_DATA_DIR="$bench" QUALEPREF_PORT=8097 QUALEPREF_DB_PORT=55497 \
  java -jar local-runner/target/qualepref-local-runner.jar target/payara-micro.jar target/qualepref-server.war \
  > "$bench/runner.out" 2>&1 &
runner=$!
trap 'kill $runner 2>/dev/null; wait $runner 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf http://localhost:8097/health/ready >/dev/null 2>&1 && break
  kill -0 $runner 2>/dev/null || { cat "$bench/runner.out"; exit 1; }
  sleep 1
done
# A copy of the classes: a build during the run must not swap them under the JVM.
classes="$(mktemp -d)"
cp -r target/classes "$classes/main" && cp -r target/test-classes "$classes/test"
trap 'kill $runner 2>/dev/null; wait $runner 2>/dev/null || true; rm -rf "$classes"' EXIT
java -Xmx1g -cp "$classes/test:$classes/main:$(cat target/bench.classpath)" \
  fr.interieur.qualepref.audits.benchmark.ReportsBenchmark "$bench" http://localhost:8097 55497 "${1:-5}" \
  $(echo "$@" | cut -s -d' ' -f2-)
