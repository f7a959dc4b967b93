#!/usr/bin/env bash
# Boot-time benchmark: wall time from launching ./run to /health/ready answering UP (PostgreSQL start, Flyway
# migrations, référentiel import and Payara Micro deployment included). Runs a cold start (empty data folder:
# initdb, migrations, import) and then warm starts (data reused), each in a fresh process, and prints a table.
#
#   server/local-runner/bench/boot-time.sh [warm-runs]      (default 3; needs the build: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-3}
data=$(mktemp -d /tmp/qualepref-boot.XXXXXX)
port=${QUALEPREF_PORT:-18080}
dbport=${QUALEPREF_DB_PORT:-15432}
trap 'rm -rf "$data"' EXIT

measure() {
  local label=$1 start end pid
  start=$(date +%s%N)
  QUALEPREF_DATA_DIR=$data QUALEPREF_PORT=$port QUALEPREF_DB_PORT=$dbport ./run > "$data/run-$label.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/health/ready" > /dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "run exited early; see $data/run-$label.log"; cat "$data/run-$label.log"; exit 1; }
    sleep 0.2
  done
  end=$(date +%s%N)
  awk -v l="$label" -v s="$start" -v e="$end" 'BEGIN { printf "| %-6s | %6.1f |\n", l, (e - s) / 1e9 }'
  kill -TERM $pid
  wait $pid 2>/dev/null || true
}

echo "| start  | seconds to /health/ready UP |"
echo "|--------|------|"
measure cold
for i in $(seq 1 "$runs"); do measure "warm$i"; done
echo
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
