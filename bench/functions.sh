#!/usr/bin/env bash
# Measures Lambda proxy routes of `apigw serve` (the functions run as real node/python processes behind the Lambda
# Runtime API) against serverless-offline serving the same handler files, with wrk on loopback, in one run:
#   apigw Node            GET /dev/hello/node on samples/functions (node/hello.js, export handler)
#   apigw Python          GET /dev/hello/python on samples/functions (python/hello.py, function handler)
#   sls Node              GET /hello/node on serverless-offline, an `http` event on the same node/hello.js
#   sls Python            GET /hello/python on serverless-offline, the same python/hello.py (runtime python3.11:
#                         serverless-offline spawns `python3` with its invoke.py per instance; no Docker)
#   sls Node in-process   the Node route again on a second serverless-offline started with --useInProcess, its
#                         fastest documented Node mode (SLS_IN_PROCESS=0 leaves this row out)
# serverless-offline runs in its default mode for the "sls" rows: Node handlers in worker threads, reloadHandler
# off (v13's default: a warm instance is reused, not reloaded per request), a new instance whenever every one is
# busy, no limit. apigw starts a new instance when every one is busy too, up to reservedConcurrency (10 by default
# locally). Both have GREETING=Hello in the function's environment; every target is checked to answer 200 with the
# expected JSON ("Hello, world!" from the right runtime) before it is measured. apigw prints START/END/REPORT lines
# per request on its stderr and serverless-offline a few lines per request on its stdout: both go to files.
# serverless-offline is run as `serverless offline --host 127.0.0.1 --httpPort P --lambdaPort P2
# --noPrependStageInUrl` from SLS_DIR's node_modules/.bin (what npx would run there, without npx's registry look-up),
# on a serverless.yml (provider aws, nodejs20.x, GREETING=Hello) written into the run's temporary directory.
# The issue's targets, printed at the end: a warm p50 of at most 5 ms (one sequential client, wrk -t1 -c1) and the
# apigw Node route at 3x or more serverless-offline's requests/s.
# Each target is warmed up for WARMUP seconds (the JVM needs about that long to compile the function path; with
# 20 s, apigw's first measured round still ran at 60% of its later ones), then measured ROUNDS times (the first
# target of each round rotates):
# PREWARM seconds of load, DURATION seconds with wrk -t$THREADS -c$CONNECTIONS --latency, then SEQ_DURATION seconds
# with wrk -t1 -c1 --latency. The table shows each target's median round; the ratios are also given "paired": the
# median over rounds of the ratio within a round, which cancels most of the drift of 2 shared cores.
# Not part of `mvn verify`. Needs wrk (Debian: apt-get install -y wrk), curl, python3, node and npm (the npm
# registry, once: serverless@$SLS_VERSION and serverless-offline@$SLS_OFFLINE_VERSION are installed into SLS_DIR,
# outside the repo; serverless v3 needs no account or login), java. apigw is started through ./apigw, which builds
# the jar first if the sources are newer (the wait for its `apigw: serving` line allows BUILD_TIMEOUT then).
#   ROUNDS=3 DURATION=10 WARMUP=45 PREWARM=5 SEQ_DURATION=5 CONNECTIONS=32 THREADS=2 bench/functions.sh
# (the defaults: about 6 minutes for the 5 targets; ROUNDS=1 DURATION=3 for a quick look).
# Other knobs: SERVER_JVM_OPTS (given to ./apigw as JAVA_OPTS; empty: the launcher's own, -XX:+UseParallelGC),
# APIGW (the command that runs apigw, default ./apigw, e.g. APIGW="java -jar /tmp/apigw.jar"), SLS_DIR (default
# ${XDG_CACHE_HOME:-~/.cache}/apigw-bench/sls), SLS_IN_PROCESS (1), START_TIMEOUT (120 s), BUILD_TIMEOUT (900 s),
# KEEP_LOGS (a directory: the servers' output and wrk's are copied there at exit).
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-45}
PREWARM=${PREWARM:-5}
SEQ_DURATION=${SEQ_DURATION:-5}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
SERVER_JVM_OPTS=${SERVER_JVM_OPTS:-}
APIGW=${APIGW:-./apigw}
SLS_DIR=${SLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/apigw-bench/sls}
SLS_VERSION=3.40.0          # the newest serverless v3 (v4 needs a login)
SLS_OFFLINE_VERSION=13.10.1 # the newest serverless-offline for serverless v3 (v14 needs serverless v4)
SLS_IN_PROCESS=${SLS_IN_PROCESS:-1}
START_TIMEOUT=${START_TIMEOUT:-120}
BUILD_TIMEOUT=${BUILD_TIMEOUT:-900}
KEEP_LOGS=${KEEP_LOGS:-}
SAMPLE=samples/functions

for tool in wrk curl python3 node npm java; do
  command -v "$tool" >/dev/null || { echo "functions.sh: $tool is needed (wrk: apt-get install -y wrk)" >&2; exit 2; }
done

work=$(mktemp -d)
pids=() # each server is started with setsid: its pid is also its process group, which holds its children too
# Stops every process group started here: SIGTERM (apigw stops its instances, serverless-offline its workers and
# python children), then, after 10 s at most, SIGKILL for whatever is left.
cleanup() {
  local pid alive
  trap - INT TERM HUP
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for _ in $(seq 1 100); do
    alive=0
    for pid in "${pids[@]}"; do
      ps -eo pgid=,stat= | awk -v g="$pid" '$1 == g && $2 !~ /^Z/ { found = 1 } END { exit !found }' && alive=1
    done
    ((alive)) || break
    sleep 0.1
  done
  for pid in "${pids[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ -n "$KEEP_LOGS" ]]; then
    mkdir -p "$KEEP_LOGS" && cp "$work"/*.out "$work"/*.err "$work"/wrk.txt "$KEEP_LOGS"/ 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

fail() { echo "functions.sh: $*" >&2; exit 1; }

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# --- serverless and serverless-offline, installed once into SLS_DIR ---------------------------------------------
installed_version() { node -p "require('$SLS_DIR/node_modules/$1/package.json').version" 2>/dev/null || true; }
if [[ "$(installed_version serverless)" != "$SLS_VERSION" \
      || "$(installed_version serverless-offline)" != "$SLS_OFFLINE_VERSION" ]]; then
  echo "functions.sh: installing serverless@$SLS_VERSION and serverless-offline@$SLS_OFFLINE_VERSION into $SLS_DIR"
  mkdir -p "$SLS_DIR"
  cat >"$SLS_DIR/package.json" <<JSON
{ "name": "apigw-bench-sls", "private": true,
  "dependencies": { "serverless": "$SLS_VERSION", "serverless-offline": "$SLS_OFFLINE_VERSION" } }
JSON
  (cd "$SLS_DIR" && timeout 600 npm install --no-audit --no-fund --loglevel=error) \
    || fail "npm install in $SLS_DIR failed (or took more than 600 s)"
fi

# A service per serverless-offline instance, in the run's temporary directory: node_modules and the handler
# directories are symlinks (to SLS_DIR and to the sample), so both servers run the very same handler files.
make_service() {
  local dir=$1
  mkdir -p "$dir"
  ln -s "$SLS_DIR/node_modules" "$dir/node_modules"
  ln -s "$PWD/$SAMPLE/node" "$dir/node"
  ln -s "$PWD/$SAMPLE/python" "$dir/python"
  cat >"$dir/serverless.yml" <<'YAML'
service: apigw-bench
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  stage: dev
  region: us-east-1
  environment:
    GREETING: Hello
functions:
  HelloNode:
    handler: node/hello.handler
    events:
      - http: { method: get, path: hello/node }
  HelloPython:
    handler: python/hello.handler
    runtime: python3.11
    events:
      - http: { method: get, path: hello/python }
plugins:
  - serverless-offline
YAML
}

# Starts serverless-offline for the service in $1 with extra flags $3...; output in $work/$2.out. Sets sls_pid and
# sls_http_port (not a command substitution: the pid must reach pids for the cleanup).
start_sls() {
  local dir=$1 name=$2 http_port lambda_port
  shift 2
  http_port=$(free_port)
  lambda_port=$(free_port)
  (cd "$dir" && SLS_TELEMETRY_DISABLED=1 SLS_NOTIFICATIONS_MODE=off exec setsid node_modules/.bin/serverless \
      offline --host 127.0.0.1 --httpPort "$http_port" --lambdaPort "$lambda_port" --noPrependStageInUrl "$@") \
      >"$work/$name.out" 2>&1 </dev/null &
  sls_pid=$!
  pids+=("$sls_pid")
  sls_http_port=$http_port
  await_http "$sls_pid" "http://127.0.0.1:$http_port/hello/node" "$work/$name.out"
}

# Waits until $2 answers 200, at most START_TIMEOUT seconds, while process $1 runs (its output is in $3).
await_http() {
  local pid=$1 url=$2 log=$3 deadline=$((SECONDS + START_TIMEOUT))
  while ((SECONDS < deadline)); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url" || true)" == 200 ]] && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; fail "the server for $url exited"; }
    sleep 0.5
  done
  cat "$log" >&2
  fail "$url did not answer 200 within ${START_TIMEOUT}s"
}

# --- apigw -------------------------------------------------------------------------------------------------------
read -r -a apigw_cmd <<<"$APIGW"
# apigw leaves its runtime directories (apigw-runtimes*) in java.io.tmpdir when it stops: give it the run's own.
mkdir -p "$work/tmp"
JAVA_OPTS="$SERVER_JVM_OPTS -Djava.io.tmpdir=$work/tmp" setsid "${apigw_cmd[@]}" serve "$SAMPLE" --port 0 --no-reload --access-log /dev/null \
    >"$work/apigw.out" 2>"$work/apigw.err" </dev/null &
apigw_pid=$!
pids+=("$apigw_pid")
# Waits for the `apigw: serving ... at http://127.0.0.1:PORT/dev` line; longer when the launcher is building.
deadline=$((SECONDS + START_TIMEOUT))
building=0
apigw_port=
while [[ -z "$apigw_port" ]]; do
  apigw_port=$(sed -n -E 's#^apigw: serving .* at http://127\.0\.0\.1:([0-9]+).*#\1#p' "$work/apigw.out" | head -1)
  [[ -n "$apigw_port" ]] && break
  if ((!building)) && grep -q '^apigw: building' "$work/apigw.err"; then
    building=1
    deadline=$((SECONDS + BUILD_TIMEOUT))
    echo "functions.sh: ./apigw is building the jar first (waiting up to ${BUILD_TIMEOUT}s)"
  fi
  kill -0 "$apigw_pid" 2>/dev/null || { tail -40 "$work/apigw.err" >&2; fail "apigw serve exited"; }
  ((SECONDS < deadline)) || { tail -40 "$work/apigw.err" >&2; fail "apigw serve did not start in time"; }
  sleep 0.2
done

make_service "$work/sls"
start_sls "$work/sls" sls
sls_port=$sls_http_port
sls_default_pid=$sls_pid
if [[ "$SLS_IN_PROCESS" == 1 ]]; then
  make_service "$work/sls-inproc"
  start_sls "$work/sls-inproc" sls-inproc --useInProcess
  inproc_port=$sls_http_port
fi

targets=(apigw-node apigw-python sls-node sls-python)
declare -A urls=(
  [apigw-node]="http://127.0.0.1:$apigw_port/dev/hello/node"
  [apigw-python]="http://127.0.0.1:$apigw_port/dev/hello/python"
  [sls-node]="http://127.0.0.1:$sls_port/hello/node"
  [sls-python]="http://127.0.0.1:$sls_port/hello/python"
)
declare -A labels=(
  [apigw-node]="apigw Node" [apigw-python]="apigw Python"
  [sls-node]="serverless-offline Node" [sls-python]="serverless-offline Python"
  [sls-inproc-node]="serverless-offline Node --useInProcess"
)
if [[ "$SLS_IN_PROCESS" == 1 ]]; then
  targets+=(sls-inproc-node)
  urls[sls-inproc-node]="http://127.0.0.1:$inproc_port/hello/node"
fi

# Each target must answer 200 with the sample's JSON, greeting from GREETING and run by the right runtime.
for t in "${targets[@]}"; do
  runtime=${t##*-}
  [[ "$runtime" == python ]] || runtime=node
  response=$(curl -sS --max-time 30 -w '\n%{http_code}' "${urls[$t]}") || fail "${urls[$t]}: no answer"
  status=${response##*$'\n'}
  body=${response%$'\n'*}
  [[ "$status" == 200 ]] || fail "${urls[$t]} answered $status: $body"
  python3 -c '
import json, sys
body = json.loads(sys.argv[1])
ok = body.get("message") == "Hello, world!" and str(body.get("runtime", "")).startswith(sys.argv[2] + " ")
sys.exit(0 if ok else 1)' "$body" "$runtime" 2>/dev/null || fail "${urls[$t]}: unexpected body: $body"
  echo "ok ${labels[$t]}: $body"
done

# Converts wrk's latency ("812.00us", "1.25ms", "1.02s", "2.00m") to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN { unit = v; sub(/^[0-9.]+/, "", unit); n = v + 0;
    printf "%.3f", (unit == "us") ? n / 1000 : (unit == "s") ? n * 1000 : (unit == "m") ? n * 60000 : n }'
}

# Runs wrk with $1 threads and $2 connections for $3 seconds on $4 and prints
# "<requests/s> <p50 ms> <p99 ms> <non-2xx> <socket errors>".
measure() {
  local threads=$1 connections=$2 duration=$3 url=$4 out p50 p99
  out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$url")
  printf '%s\n%s\n' "== $url -t$threads -c$connections" "$out" >>"$work/wrk.txt"
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  awk -v p50="$p50" -v p99="$p99" '
    /Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { bad = $5 }
    /Socket errors:/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
    END { printf "%s %s %s %d %d\n", rps, p50, p99, bad, errors }' <<<"$out"
}

per_target=$((WARMUP + ROUNDS * (PREWARM + DURATION + SEQ_DURATION)))
echo "wrk: ${THREADS} threads, ${CONNECTIONS} connections; ${WARMUP}s warm-up, then ${ROUNDS} rounds per target of" \
     "${PREWARM}s load, ${DURATION}s measured, ${SEQ_DURATION}s with 1 client; $(nproc) CPUs; about" \
     "$(( (per_target * ${#targets[@]} + 59) / 60 )) min; apigw JVM options: ${SERVER_JVM_OPTS:-the launcher defaults}"
echo "serverless@$SLS_VERSION serverless-offline@$SLS_OFFLINE_VERSION (default mode: worker threads, reloadHandler off)"
for t in "${targets[@]}"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "${urls[$t]}" >/dev/null
done

n=${#targets[@]}
for round in $(seq 1 "$ROUNDS"); do
  line="round $round:"
  for i in $(seq 0 $((n - 1))); do
    t=${targets[$(( (i + round - 1) % n ))]}
    # Load first: serverless-offline stops instances idle for 60 s and apigw shrinks its pools while the other
    # targets are measured; without this the first seconds of a round would pay for starting them again.
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${PREWARM}s" "${urls[$t]}" >/dev/null
    measure "$THREADS" "$CONNECTIONS" "$DURATION" "${urls[$t]}" >>"$work/$t.load"
    measure 1 1 "$SEQ_DURATION" "${urls[$t]}" >>"$work/$t.seq"
    read -r round_rps _ < <(tail -1 "$work/$t.load")
    read -r _ round_p50 _ < <(tail -1 "$work/$t.seq")
    line+=" $t $(printf '%.0f/s' "$round_rps") (1-client p50 $(printf '%.2f' "$round_p50") ms)"
  done
  echo "$line"
done

# The round with the median of column $2 (1 requests/s, 2 p50) of file $1.
median_row() {
  sort -g -k"$2,$2" "$1" | awk '{ rows[NR] = $0 } END { print rows[int((NR + 1) / 2)] }'
}
median() { sort -g | awk '{ r[NR] = $1 } END { printf "%.2f", (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }'; }
# The median over rounds of column $3 of $1.<kind> over the same column of $2.<kind>, kind $4 (load or seq).
paired() {
  paste -d' ' "$work/$1.$4" "$work/$2.$4" | awk -v c="$3" '{ print ($(c + 5) > 0) ? $c / $(c + 5) : 0 }' | median
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }'; }

declare -A rps p50 p99 bad errors seq_rps seq_p50 seq_p99
for t in "${targets[@]}"; do
  read -r rps[$t] p50[$t] p99[$t] bad[$t] errors[$t] < <(median_row "$work/$t.load" 1)
  read -r seq_rps[$t] seq_p50[$t] seq_p99[$t] _ _ < <(median_row "$work/$t.seq" 2)
  # Non-2xx answers and socket errors of every measured run of the target, not only the median round's.
  bad[$t]=$(cat "$work/$t.load" "$work/$t.seq" | awk '{ s += $4 } END { print s + 0 }')
  errors[$t]=$(cat "$work/$t.load" "$work/$t.seq" | awk '{ s += $5 } END { print s + 0 }')
done

echo
echo "| target | requests/s (c$CONNECTIONS) | p50 ms | p99 ms | 1-client requests/s | 1-client p50 ms | 1-client p99 ms | non-2xx | socket errors |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for t in "${targets[@]}"; do
  printf '| %s | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %d | %d |\n' "${labels[$t]}" "${rps[$t]}" "${p50[$t]}" \
      "${p99[$t]}" "${seq_rps[$t]}" "${seq_p50[$t]}" "${seq_p99[$t]}" "${bad[$t]}" "${errors[$t]}"
done
echo
echo "Median round of each target; non-2xx and socket errors are summed over all its measured runs."
for lang in node python; do
  a=apigw-$lang s=sls-$lang
  echo "apigw ${lang^} / serverless-offline ${lang^}: requests/s $(ratio "${rps[$a]}" "${rps[$s]}")x" \
       "(paired $(paired "$a" "$s" 1 load)x; above 1: apigw serves more), p50 $(ratio "${p50[$a]}" "${p50[$s]}")x" \
       "(paired $(paired "$a" "$s" 2 load)x), 1-client p50 $(ratio "${seq_p50[$a]}" "${seq_p50[$s]}")x" \
       "(paired $(paired "$a" "$s" 2 seq)x; below 1: apigw answers sooner)"
done
if [[ "$SLS_IN_PROCESS" == 1 ]]; then
  echo "apigw Node / serverless-offline Node --useInProcess: requests/s" \
       "$(ratio "${rps[apigw-node]}" "${rps[sls-inproc-node]}")x (paired $(paired apigw-node sls-inproc-node 1 load)x)," \
       "1-client p50 $(ratio "${seq_p50[apigw-node]}" "${seq_p50[sls-inproc-node]}")x"
fi
verdict() { awk -v v="$1" -v op="$2" -v limit="$3" 'BEGIN { ok = (op == "<=") ? v <= limit : v >= limit;
  print ok ? "met" : "NOT met" }'; }
node_ratio=$(paired apigw-node sls-node 1 load)
echo "target warm p50 <= 5 ms (1 client): apigw Node $(printf '%.2f' "${seq_p50[apigw-node]}") ms" \
     "($(verdict "${seq_p50[apigw-node]}" '<=' 5)), apigw Python $(printf '%.2f' "${seq_p50[apigw-python]}") ms" \
     "($(verdict "${seq_p50[apigw-python]}" '<=' 5))"
echo "target Node route >= 3x serverless-offline's requests/s: ${node_ratio}x paired ($(verdict "$node_ratio" '>=' 3))"
# How many instances the load made each server start (serverless-offline's Node workers are threads: not counted).
count() { ps -eo pgid=,args= | awk -v g="$1" -v p="$2" '$1 == g && $0 ~ p && $0 !~ /\/bin\/sh -c/ { n++ } END { print n + 0 }'; }
echo "instances at the end: apigw Node $(count "$apigw_pid" 'node/bootstrap\\.mjs'), apigw Python" \
     "$(count "$apigw_pid" 'python/bootstrap\\.py'), serverless-offline Python $(count "$sls_default_pid" 'invoke\\.py')"
echo "apigw function log (stderr): $(grep -c 'REPORT RequestId' "$work/apigw.err" || true) REPORT lines," \
     "$(du -h "$work/apigw.err" | cut -f1)"
