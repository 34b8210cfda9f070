#!/usr/bin/env bash
# Benchmarks the packaged gateway on its embedded PostgreSQL and appends the figures to
# bench/results/results.md. Usage: bench/run.sh [--duration SECONDS] [--connections N]
# [--scenarios baseline,tokens,authenticated,ingest] [--ingest-records N] [--ingest-batch N]
# [--max-heap SIZE]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DURATION=30
CONNECTIONS=64
SCENARIOS=baseline,tokens,authenticated,ingest
INGEST_RECORDS=1000000
INGEST_BATCH=5000
MAX_HEAP=""
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --scenarios) SCENARIOS=$2; shift 2 ;;
    --ingest-records) INGEST_RECORDS=$2; shift 2 ;;
    --ingest-batch) INGEST_BATCH=$2; shift 2 ;;
    --max-heap) MAX_HEAP=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

selected() {
  [[ ",$SCENARIOS," == *",$1,"* ]]
}

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)..."
  apt-get update -qq && apt-get install -y -qq wrk
fi

JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/credit-bench.XXXXXX")
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
PORT=$(free_port)
# A fixed port for the embedded PostgreSQL, so that the COPY ceiling can connect to it.
PG_PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
GATEWAY_PID=""
# The directory the gateway runs in; its embedded PostgreSQL keeps its files under data/.
GATEWAY_DIR="$WORK"

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
for plan in anonymous agency-plus submitter; do
  BENCH_PLANS+=("-Dcredit.rate-limit.plans.$plan.burst=10000000"
    "-Dcredit.rate-limit.plans.$plan.per-minute=600000000"
    "-Dcredit.rate-limit.plans.$plan.per-day=100000000000")
done

# The gateway's heap: the JVM's default unless --max-heap is given.
HEAP_OPTIONS=()
if [ -n "$MAX_HEAP" ]; then
  HEAP_OPTIONS=("-Xmx$MAX_HEAP")
fi

# Starts the gateway in $GATEWAY_DIR; sets READY_MS to the milliseconds from process start to ready.
start_gateway() {
  local started
  started=$(date +%s%N)
  (cd "$GATEWAY_DIR" && exec java "${HEAP_OPTIONS[@]}" -Dquarkus.http.port="$PORT" \
    -Dcredit.embedded-database.port="$PG_PORT" "${BENCH_PLANS[@]}" -jar "$JAR" \
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
# SCENARIO_SECONDS overrides the seconds for one scenario.
record() {
  echo "| $RUN_AT | $COMMIT | $1 | ${SCENARIO_CONNECTIONS:-$CONNECTIONS} | ${SCENARIO_SECONDS:-$DURATION} | $RPS | $P50 | $P99 | $ERRORS | $first_start_ms | $restart_ms | $idle_rss | $(rss_mib VmHWM) |" >>"$RESULTS"
  tail -n 1 "$RESULTS"
}

# One key=value of a driver's summary line: field LINE KEY.
field() {
  echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"
}

# Peak used heap in MiB (S0U + S1U + EU + OU) of a `jstat -gc` log.
heap_peak_mib() {
  awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
       NF > 1 { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (used > peak) peak = used }
       END { printf "%.0f", peak / 1024 }' "$1"
}

# "pass" if the awk condition $1 holds, else "fail".
verdict() {
  awk "BEGIN { print (($1) ? \"pass\" : \"fail\") }"
}

# The ingest scenario: generated records POSTed as NDJSON batches from 2 clients to a gateway on a
# fresh database, then the same rows COPYed into the same tables of that database (the ceiling).
run_ingest() {
  local data="$WORK/ingest-data" token probe out="" copy status=0 outcome
  echo "Generating $INGEST_RECORDS records in batches of $INGEST_BATCH..."
  java "$ROOT/bench/generator/GenerateRecords.java" --records "$INGEST_RECORDS" \
    --batch "$INGEST_BATCH" --out "$data" --format both

  stop_gateway
  GATEWAY_DIR="$WORK/ingest"
  mkdir -p "$GATEWAY_DIR"
  start_gateway
  token=$(curl -sf -u demo-department:demo-department-secret -d grant_type=client_credentials \
    -d scope=records:submit "$BASE/oauth/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  probe=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/x-ndjson' --data-binary '' "$BASE/api/v1/submissions")

  local heap_peak="" max_heap_mib accepted=0 rejected=0 failed=0 records_per_s=""
  if [ "$probe" = 404 ]; then
    echo "ingest: not run, this build has no POST /api/v1/submissions; measuring the COPY ceiling only" >&2
  else
    sleep 5
    local sampler
    jstat -gc "$GATEWAY_PID" 1000 >"$WORK/heap.txt" &
    sampler=$!
    out=$(java "$ROOT/bench/ingest/Ingest.java" --base "$BASE" --in "$data" --clients 2) || status=$?
    kill "$sampler" 2>/dev/null || true
    echo "$out"
    heap_peak=$(heap_peak_mib "$WORK/heap.txt")
    max_heap_mib=$(jcmd "$GATEWAY_PID" VM.flags | grep -o -- '-XX:MaxHeapSize=[0-9]*' | head -n 1 |
      awk -F= '{ printf "%.0f", $2 / 1048576 }')
    accepted=$(field "$out" accepted)
    rejected=$(field "$out" rejected)
    failed=$(field "$out" failed_batches)
    records_per_s=$(field "$out" records_per_s)
  fi

  if [ "$status" -eq 0 ]; then
    # The PostgreSQL JDBC driver the gateway itself ships with.
    copy=$(java -cp "$(ls "$ROOT"/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar)" \
      "$ROOT/bench/ingest/CopyCeiling.java" \
      --jdbc "jdbc:postgresql://localhost:$PG_PORT/credit" --in "$data" --empty-tables true)
    echo "$copy"
    if [ "$(field "$copy" stored_before)" != "$accepted" ]; then
      outcome="FAILED: $(field "$copy" stored_before) rows in credit_record after $accepted accepted; "
      status=1
    fi
  else
    outcome="FAILED: $rejected records rejected, $failed batches failed; "
  fi

  local copy_rps ceiling ratio heap_setting="default heap"
  if [ -n "$MAX_HEAP" ]; then
    heap_setting="-Xmx$MAX_HEAP"
  fi
  copy_rps=$(field "${copy:-}" rows_per_s)
  ceiling="COPY ceiling ${copy_rps:-n/a} rows/s (subjects first: $(field "${copy:-}" subjects) rows in $(field "${copy:-}" subjects_ms) ms)"
  if [ -z "$out" ]; then
    SCENARIO_CONNECTIONS=- SCENARIO_SECONDS=- RPS=- P50=- P99=- ERRORS=-
    if [ "$probe" = 404 ]; then
      record "ingest: not run (no POST /api/v1/submissions in this build), $INGEST_RECORDS generated records; $ceiling"
    else
      record "FAILED: the ingest driver stopped without figures (exit $status); ingest: POST /api/v1/submissions"
    fi
  else
    ratio=$(awk -v a="$records_per_s" -v b="${copy_rps:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
    SCENARIO_CONNECTIONS=2
    SCENARIO_SECONDS=$(awk -v ms="$(field "$out" wall_ms)" 'BEGIN { printf "%.1f", ms / 1000 }')
    RPS=$(awk -v n="$(field "$out" batches)" -v ms="$(field "$out" wall_ms)" 'BEGIN { printf "%.2f", n * 1000 / ms }')
    P50="$(field "$out" p50_ms)ms"
    P99="$(field "$out" p99_ms)ms"
    ERRORS=$(( rejected + failed ))
    record "${outcome:-}ingest: POST /api/v1/submissions, $INGEST_RECORDS records in NDJSON batches of $INGEST_BATCH (requests/s and latencies per batch): $records_per_s records/s (goal ≥ 50000: $(verdict "$records_per_s >= 50000")); $ceiling, ratio $ratio (goal ≥ 0.25: $(verdict "\"$ratio\" + 0 >= 0.25")); heap peak $heap_peak MiB (goal < 512: $(verdict "$heap_peak < 512"); $heap_setting, max $max_heap_mib MiB)"
  fi
  unset SCENARIO_CONNECTIONS SCENARIO_SECONDS
  return "$status"
}

if [ ! -f "$RESULTS" ]; then
  cat >"$RESULTS" <<'HEAD'
# Benchmark results

Appended by `bench/run.sh`; one row per scenario and run. Latencies as wrk reports them; the ingest rows' are per batch, as `bench/ingest/Ingest.java` measures them, and their goals and the COPY ceiling are in the scenario text (see [the README](../README.md#the-ingest-scenario-报送)).

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

if selected baseline; then
  run_scenario /api/v1/catalog/record-types
  baseline_rps=$RPS
  record "baseline: GET /api/v1/catalog/record-types (anonymous)"
fi

if selected tokens; then
  # Each token request checks a bcrypt hash (deliberately slow): a few connections saturate the CPU.
  SCENARIO_CONNECTIONS=4
  run_scenario /oauth/token -s "$ROOT/bench/scenarios/token.lua"
  record "tokens issued: POST /oauth/token (demo-agency, client_secret_basic)"
  unset SCENARIO_CONNECTIONS
fi

if selected authenticated; then
  TOKEN=$(curl -sf -u demo-agency:demo-agency-secret -d grant_type=client_credentials "$BASE/oauth/token" |
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  run_scenario /api/v1/catalog/record-types -H "Authorization: Bearer $TOKEN"
  ratio=$(awk -v a="$RPS" -v b="${baseline_rps:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
  record "authenticated, rate-limited: GET /api/v1/catalog/record-types (demo-agency); ratio to baseline $ratio"
fi

if selected ingest; then
  run_ingest
fi
