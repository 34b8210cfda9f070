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

# Rate limits stay on, with plans high enough never to refuse the load generator.
BENCH_PLANS=()
for plan in anonymous agency-plus; do
  BENCH_PLANS+=("-Dcredit.rate-limit.plans.$plan.burst=10000000"
    "-Dcredit.rate-limit.plans.$plan.per-minute=600000000"
    "-Dcredit.rate-limit.plans.$plan.per-day=100000000000")
done

# Starts the gateway in $WORK; sets READY_MS to the milliseconds from process start to ready.
start_gateway() {
  local started
  started=$(date +%s%N)
  (cd "$WORK" && exec java -Dquarkus.http.port="$PORT" "${BENCH_PLANS[@]}" -jar "$JAR" \
    >>"$WORK/gateway.log" 2>&1) &
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

# Runs one wrk scenario against $1 with wrk options $2...; sets RPS P50 P99 ERRORS.
# SCENARIO_CONNECTIONS overrides the connections for one scenario.
run_scenario() {
  local path=$1 out connections=${SCENARIO_CONNECTIONS:-$CONNECTIONS}
  shift
  wrk -t2 -c"$connections" -d10s --timeout 10s "$@" "$BASE$path" >/dev/null
  out=$(wrk -t2 -c"$connections" -d"${DURATION}s" --timeout 10s --latency "$@" "$BASE$path")
  echo "$out" >>"$WORK/wrk.txt"
  RPS=$(echo "$out" | awk '/^Requests\/sec:/ { print $2 }')
  P50=$(echo "$out" | awk '$1 == "50%" { print $2 }')
  P99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
  local non2xx socket_errors
  non2xx=$(echo "$out" | awk '/Non-2xx or 3xx responses:/ { print $NF }')
  socket_errors=$(echo "$out" | awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }')
  ERRORS=$(( ${non2xx:-0} + ${socket_errors:-0} ))
}

RESULTS="$ROOT/bench/results/results.md"
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
RUN_AT=$(date -u '+%Y-%m-%d %H:%M')

# Appends one row for the scenario just run: record NAME.
record() {
  echo "| $RUN_AT | $COMMIT | $1 | ${SCENARIO_CONNECTIONS:-$CONNECTIONS} | $DURATION | $RPS | $P50 | $P99 | $ERRORS | $first_start_ms | $restart_ms | $idle_rss | $(rss_mib VmHWM) |" >>"$RESULTS"
  tail -n 1 "$RESULTS"
}

if [ ! -f "$RESULTS" ]; then
  cat >"$RESULTS" <<'HEAD'
# Benchmark results

Appended by `bench/run.sh`; one row per scenario and run. Latencies as wrk reports them.

| date (UTC) | commit | scenario | connections | seconds | requests/s | p50 | p99 | errors | first start to ready (ms) | restart to ready (ms) | RSS idle (MiB) | RSS peak (MiB) |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
HEAD
fi

start_gateway
first_start_ms=$READY_MS
stop_gateway
start_gateway
restart_ms=$READY_MS
sleep 5
idle_rss=$(rss_mib VmRSS)

run_scenario /api/v1/catalog/record-types
baseline_rps=$RPS
record "baseline: GET /api/v1/catalog/record-types (anonymous)"

# Each token request checks a bcrypt hash (deliberately slow): a few connections saturate the CPU.
SCENARIO_CONNECTIONS=4
run_scenario /oauth/token -s "$ROOT/bench/scenarios/token.lua"
record "tokens issued: POST /oauth/token (demo-agency, client_secret_basic)"
unset SCENARIO_CONNECTIONS

TOKEN=$(curl -sf -u demo-agency:demo-agency-secret -d grant_type=client_credentials "$BASE/oauth/token" |
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
run_scenario /api/v1/catalog/record-types -H "Authorization: Bearer $TOKEN"
ratio=$(awk -v a="$RPS" -v b="$baseline_rps" 'BEGIN { printf "%.2f", a / b }')
record "authenticated, rate-limited: GET /api/v1/catalog/record-types (demo-agency); ratio to baseline $ratio"
