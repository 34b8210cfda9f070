#!/usr/bin/env bash
# Benchmarks the packaged gateway on its embedded PostgreSQL and appends the figures to
# bench/results/results.md. Usage: bench/run.sh [--duration SECONDS] [--connections N]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DURATION=30
CONNECTIONS=64
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)..."
  apt-get update -qq && apt-get install -y -qq wrk
fi

JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/credit-bench.XXXXXX")
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
GATEWAY_PID=""

stop_gateway() {
  if [ -n "$GATEWAY_PID" ] && kill -0 "$GATEWAY_PID" 2>/dev/null; then
    kill "$GATEWAY_PID"
    wait "$GATEWAY_PID" 2>/dev/null || true
  fi
  GATEWAY_PID=""
}
trap 'stop_gateway; rm -rf "$WORK"' EXIT

# Starts the gateway in $WORK; sets READY_MS to the milliseconds from process start to ready.
start_gateway() {
  local started
  started=$(date +%s%N)
  (cd "$WORK" && exec java -Dquarkus.http.port="$PORT" -jar "$JAR" >>"$WORK/gateway.log" 2>&1) &
  GATEWAY_PID=$!
  for _ in $(seq 1 600); do
    if curl -sf "$BASE/q/health/ready" >/dev/null; then
      READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
      return
    fi
    kill -0 "$GATEWAY_PID" 2>/dev/null || { cat "$WORK/gateway.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "gateway not ready after 60 s" >&2
  exit 1
}

# Resident set size of the gateway JVM in MiB (VmRSS, or VmHWM for the peak).
rss_mib() {
  awk -v field="$1:" '$1 == field { printf "%.0f", $2 / 1024 }' "/proc/$GATEWAY_PID/status"
}

# Runs one wrk scenario; prints "requests/s p50 p99 errors".
run_scenario() {
  local path=$1 out
  wrk -t2 -c"$CONNECTIONS" -d10s "$BASE$path" >/dev/null
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$BASE$path")
  echo "$out" >"$WORK/wrk-$(echo "$path" | tr '/' '_').txt"
  local rps p50 p99 non2xx socket_errors
  rps=$(echo "$out" | awk '/^Requests\/sec:/ { print $2 }')
  p50=$(echo "$out" | awk '$1 == "50%" { print $2 }')
  p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
  non2xx=$(echo "$out" | awk '/Non-2xx or 3xx responses:/ { print $NF }')
  socket_errors=$(echo "$out" | awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }')
  echo "$rps $p50 $p99 $(( ${non2xx:-0} + ${socket_errors:-0} ))"
}

start_gateway
first_start_ms=$READY_MS
stop_gateway
start_gateway
restart_ms=$READY_MS
sleep 5
idle_rss=$(rss_mib VmRSS)

read -r rps p50 p99 errors <<<"$(run_scenario /api/v1/catalog/record-types)"
peak_rss=$(rss_mib VmHWM)

RESULTS="$ROOT/bench/results/results.md"
if [ ! -f "$RESULTS" ]; then
  cat >"$RESULTS" <<'HEAD'
# Benchmark results

Appended by `bench/run.sh`; one row per scenario and run. Latencies as wrk reports them.

| date (UTC) | commit | scenario | connections | seconds | requests/s | p50 | p99 | errors | first start to ready (ms) | restart to ready (ms) | RSS idle (MiB) | RSS peak (MiB) |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
HEAD
fi
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
echo "| $(date -u '+%Y-%m-%d %H:%M') | $commit | baseline: GET /api/v1/catalog/record-types (anonymous) | $CONNECTIONS | $DURATION | $rps | $p50 | $p99 | $errors | $first_start_ms | $restart_ms | $idle_rss | $peak_rss |" >>"$RESULTS"
tail -n 1 "$RESULTS"
