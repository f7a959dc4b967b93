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
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    fr.interieur.qualepref.indicators.benchmark.IndicatorBenchmark "${QUALEPREF_BENCH_DIR:-target/indicator-benchmark}" "$@"
