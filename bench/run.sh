#!/usr/bin/env bash
# Benchmarks the packaged gateway on its embedded PostgreSQL and appends the figures to
# bench/results/results.md. Usage: bench/run.sh [--duration SECONDS] [--connections N]
# [--scenarios baseline,tokens,authenticated,query,ingest] [--ingest-records N] [--ingest-batch N]
# [--max-heap SIZE] [--query-data DIR] [--query-organisations N] [--query-persons N]
# [--query-records N]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DURATION=30
CONNECTIONS=64
SCENARIOS=baseline,tokens,authenticated,query,ingest
INGEST_RECORDS=1000000
INGEST_BATCH=5000
MAX_HEAP=""
# The query scenario's gateway directory; kept, and its loaded dataset reused, when given.
QUERY_DATA=""
QUERY_ORGANISATIONS=1000000
QUERY_PERSONS=50000
QUERY_RECORDS=5000000
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --scenarios) SCENARIOS=$2; shift 2 ;;
    --ingest-records) INGEST_RECORDS=$2; shift 2 ;;
    --ingest-batch) INGEST_BATCH=$2; shift 2 ;;
    --max-heap) MAX_HEAP=$2; shift 2 ;;
    --query-data) QUERY_DATA=$2; shift 2 ;;
    --query-organisations) QUERY_ORGANISATIONS=$2; shift 2 ;;
    --query-persons) QUERY_PERSONS=$2; shift 2 ;;
    --query-records) QUERY_RECORDS=$2; shift 2 ;;
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
# The zonky PostgreSQL binaries the gateway embeds have no pgbench (nor psql): Debian's client.
if selected query && ! command -v pgbench >/dev/null; then
  echo "Installing pgbench and psql (Debian package postgresql-client)..."
  apt-get update -qq && apt-get install -y -qq postgresql-client
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
      # The embedded PostgreSQL asks for passwords; psql, pgbench and the JDBC tools read this.
      PGPASSWORD=$(sed -n 's/^postgres=//p' "$GATEWAY_DIR/data/postgres-passwords.properties")
      export PGPASSWORD
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

# The load averages (1, 5, 15 minutes) of the machine: other work on it slows every figure.
loadavg() {
  cut -d' ' -f1-3 /proc/loadavg
}

# A wrk latency (850.00us, 12.34ms, 1.02s) in milliseconds.
to_ms() {
  awk -v t="$1" 'BEGIN {
    if (t ~ /us$/) printf "%.2f", t / 1000; else if (t ~ /ms$/) printf "%.2f", t + 0;
    else if (t ~ /m$/) printf "%.2f", t * 60000; else printf "%.2f", t * 1000 }'
}

# A client-credentials token: token CLIENT SCOPE.
token() {
  curl -sf -u "$1:$1-secret" -d grant_type=client_credentials -d scope="$2" "$BASE/oauth/token" |
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# Loads the query dataset into the running gateway's database (bench/query/LoadQueryDataset.java),
# checks that the gateway finds a sample of it unchanged when submitted again, and marks the
# directory as holding it: load_query_dataset DIR DATASET.
load_query_dataset() {
  local dir=$1 dataset=$2 classes="$WORK/query-classes" pgjar load load_before answer sample unchanged check
  pgjar=$(ls "$ROOT"/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar)
  javac -d "$classes" -cp "$pgjar" "$ROOT/bench/generator/GenerateRecords.java" \
    "$ROOT/bench/query/LoadQueryDataset.java"
  load_before=$(loadavg)
  echo "Loading the query dataset ($dataset) with COPY; load average $load_before..."
  load=$(java -cp "$classes:$pgjar" LoadQueryDataset --jdbc "jdbc:postgresql://localhost:$PG_PORT/credit" \
    --keys "$dir/data/personal-data/keys.json" --out "$dir/bench" --organisations "$QUERY_ORGANISATIONS" \
    --persons "$QUERY_PERSONS" --records "$QUERY_RECORDS") || return 1
  echo "$load"
  # The rows must be those the gateway itself would have stored (keyed hashes, masking, content
  # hash): submitted again through the API, every record of the sample is unchanged.
  sample=$(grep -c . "$dir/bench/sample.ndjson")
  answer=$(curl -s -X POST -H "Authorization: Bearer $(token demo-department records:submit)" \
    -H 'Content-Type: application/x-ndjson' -H 'Accept-Language: en' \
    -H "Idempotency-Key: bench-query-sample-$(date +%s)" \
    --data-binary @"$dir/bench/sample.ndjson" "$BASE/api/v1/submissions")
  unchanged=$(echo "$answer" | sed -n 's/.*"unchanged":\([0-9]*\).*/\1/p')
  SCENARIO_CONNECTIONS=- RPS=- P50=- P99=- ERRORS=-
  SCENARIO_SECONDS=$(awk -v ms="$(field "$load" total_ms)" 'BEGIN { printf "%.0f", ms / 1000 }')
  check="a sample of $sample loaded records submitted again: ${unchanged:-no} unchanged"
  local text
  text="query dataset: $(field "$load" organisations) organisations, $(field "$load" persons) persons, $(field "$load" records) records (+ versions) COPYed into the gateway's embedded database in $SCENARIO_SECONDS s: subjects $(field "$load" subjects_ms) ms, records $(field "$load" records_ms) ms ($(awk -v n="$(field "$load" records)" -v ms="$(field "$load" records_ms)" 'BEGIN { printf "%.0f", n * 1000 / ms }') records/s, generation included), keys/indexes/foreign keys $(field "$load" constraints_ms) ms, VACUUM ANALYZE $(field "$load" vacuum_analyze_ms) ms; database $(field "$load" database_mib) MiB; $check; load average before $load_before"
  if [ "$unchanged" != "$sample" ]; then
    record "FAILED: $text"
    echo "$answer" >&2
    return 1
  fi
  record "$text"
  unset SCENARIO_CONNECTIONS SCENARIO_SECONDS
  echo "$dataset" >"$dir/bench/dataset"
}

# pgbench -S (select-only) on the query scenario's PostgreSQL server, in a database of its own
# (pgbench -i needs its own tables): the storage ceiling beside the query figures.
run_pgbench() {
  local conn=(-h localhost -p "$PG_PORT" -U postgres) out tps failed latencies load_before
  if [ -z "$(psql "${conn[@]}" -Atc "SELECT 1 FROM pg_database WHERE datname = 'pgbench'" postgres)" ]; then
    psql "${conn[@]}" -qc "CREATE DATABASE pgbench" postgres
    pgbench "${conn[@]}" -i -s 10 -q pgbench
  fi
  pgbench "${conn[@]}" -S -M prepared -c "$CONNECTIONS" -j 2 -T 10 pgbench >/dev/null
  load_before=$(loadavg)
  rm -f "$WORK"/pgbench_log.*
  out=$(pgbench "${conn[@]}" -S -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" -l \
    --sampling-rate 0.05 --log-prefix "$WORK/pgbench_log" pgbench)
  echo "$out" >>"$WORK/wrk.txt"
  tps=$(echo "$out" | awk '$1 == "tps" { printf "%.2f", $3 }')
  failed=$(echo "$out" | awk '/number of failed transactions/ { print $5 }')
  # The logged transactions' latencies (third column, microseconds), a 5 % sample.
  latencies=$(cat "$WORK"/pgbench_log.* | awk '{ print $3 }' | sort -n)
  RPS=$tps
  P50=$(echo "$latencies" | awk '{ v[NR] = $1 } END { printf "%.2fms", v[int(NR * 0.50 + 0.5)] / 1000 }')
  P99=$(echo "$latencies" | awk '{ v[NR] = $1 } END { printf "%.2fms", v[int(NR * 0.99 + 0.5)] / 1000 }')
  ERRORS=${failed:-0}
  record "storage ceiling: pgbench -S -M prepared (select-only, scale 10, in the database pgbench of the query scenario's embedded PostgreSQL $(psql "${conn[@]}" -Atc 'SHOW server_version' postgres | cut -d' ' -f1); $(pgbench --version | awk '{ print $1, $3 }'), 2 threads; transactions/s, latencies of a 5 % sample); load average before $load_before"
}

# The query scenario (issue 5): a gateway on a directory of its own holding the query dataset
# (loaded now, or kept from an earlier run with --query-data), wrk reading random organisations'
# profiles and records as demo-agency, then pgbench -S on the same database server.
run_query() {
  local dir=${QUERY_DATA:-$WORK/query} dataset openapi codes load_before ratio p99_ms
  dataset="organisations=$QUERY_ORGANISATIONS persons=$QUERY_PERSONS records=$QUERY_RECORDS"
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ -f "$dir/bench/dataset" ] && [ "$(cat "$dir/bench/dataset")" != "$dataset" ]; then
    echo "$dir holds another dataset ($(cat "$dir/bench/dataset")): choose another --query-data" >&2
    return 1
  fi
  if [ ! -f "$dir/bench/dataset" ] && [ -e "$dir/data" ]; then
    echo "$dir has a database but no complete dataset (an interrupted load?): remove it" >&2
    return 1
  fi
  stop_gateway
  GATEWAY_DIR=$dir
  start_gateway
  if [ -f "$dir/bench/dataset" ]; then
    echo "Reusing the query dataset in $dir ($dataset)"
  else
    load_query_dataset "$dir" "$dataset" || return 1
  fi
  # The machine has the memory to hold the database: read its files once, so that the run
  # measures the gateway, not the first reads from disk.
  find "$dir/data/postgres/base" -type f -exec cat {} + >/dev/null

  codes="query: GET /api/v1/subjects/{code} and GET /api/v1/subjects/{code}/records alternately, random codes of the $QUERY_ORGANISATIONS organisations ($QUERY_RECORDS records), demo-agency (credit:query, plan agency-plus raised; rate limits and audit on)"
  openapi=$(curl -sf "$BASE/q/openapi?format=json" || true)
  if ! grep -qF '"/api/v1/subjects/{code}"' <<<"$openapi" ||
    ! grep -qF '"/api/v1/subjects/{code}/records"' <<<"$openapi"; then
    echo "query: not run, this build has no GET /api/v1/subjects/{code} and /records" >&2
    SCENARIO_CONNECTIONS=- SCENARIO_SECONDS=- RPS=- P50=- P99=- ERRORS=-
    record "query: not run (no GET /api/v1/subjects/{code} and /records in this build)"
    unset SCENARIO_CONNECTIONS SCENARIO_SECONDS
  else
    QUERY_TOKEN=$(token demo-agency credit:query)
    # Only organisations with a record still published answer 200; the others are 404 by design
    # (a subject with nothing visible is not shown), which would count as errors.
    QUERY_CODES="$dir/bench/visible-organisation-codes.txt"
    psql -h localhost -p "$PG_PORT" -U postgres -Atc "SELECT lp.credit_code FROM legal_person lp
      WHERE EXISTS (SELECT 1 FROM credit_record c WHERE c.legal_person_id = lp.id
        AND c.status = 'ACTIVE' AND (c.publication_until IS NULL OR c.publication_until >= current_date))" \
      credit >"$QUERY_CODES"
    export QUERY_TOKEN QUERY_CODES
    load_before=$(loadavg)
    run_scenario / -s "$ROOT/bench/scenarios/query.lua"
    ratio=$(awk -v a="$RPS" -v b="${baseline_rps:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
    p99_ms=$(to_ms "$P99")
    record "$codes: goal ≥ 5000 requests/s: $(verdict "$RPS >= 5000"), p99 ≤ 25 ms: $(verdict "$p99_ms <= 25"), no errors (404 included): $(verdict "$ERRORS == 0"); ratio to baseline $ratio (goal ≥ 0.5: $( [ "$ratio" = n/a ] && echo "n/a, baseline not run" || verdict "$ratio >= 0.5")); load average before $load_before"
  fi
  run_pgbench
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

if selected query; then
  run_query
fi

if selected ingest; then
  run_ingest
fi
