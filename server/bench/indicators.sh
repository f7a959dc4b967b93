#!/bin/sh
# The indicator benchmark of issue 7 (docs/benchmarks.md): generates 330 sites × 50,000 correspondence requests in a
# PostgreSQL of its own under server/target/indicator-benchmark (kept for re-runs), then times every indicator of every
# site by year and by month, and a naive Java computation on a sample. The data folder can be moved with
# QUALEPREF_BENCH_DIR (it survives mvn clean there). Arguments: [sites] [requestsPerSite] [threads]
# [naiveSampleSites] [warmUp: true|false]. Needs compiled classes: ./mvnw -pl server -am test-compile (or any full
# build) first.
set -e
cd "$(dirname "$0")/.."
../mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
# A copy of the classes: a build during the run (which takes minutes) must not swap them under the JVM.
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
cp -r target/classes "$classes/main" && cp -r target/test-classes "$classes/test"
java -Xmx2g -cp "$classes/test:$classes/main:$(cat target/bench.classpath)" \
    fr.interieur.qualepref.indicators.benchmark.IndicatorBenchmark "${QUALEPREF_BENCH_DIR:-target/indicator-benchmark}" "$@"
