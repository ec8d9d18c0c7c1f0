#!/usr/bin/env bash
# Measures `apigw serve` throughput (requests/s) and p99 latency with wrk on loopback, against a bare Javalin
# handler returning the same body, measured in the same run:
#   bare         GET /pets on bench.BareJavalin (the baseline)
#   MOCK loop    GET /dev/pets on the petstore sample (MOCK integration; its response template builds the list
#                with #set, #foreach and #if; access log on)
#   MOCK simple  GET /dev/pets on bench/simple-mock (MOCK integration; a response template that only substitutes
#                $context.stage and $context.requestId into the same body; access log on)
#   PROXY        GET /dev/pets/1 on the petstore sample (HTTP_PROXY to a local python3 http.server)
#   backend      GET /pets/1 on that python3 backend directly (what PROXY cannot beat)
# Under load the python backend closes a few of its connections without answering (the JDK client reports "header
# parser received no bytes"); apigw answers those requests 502, as API Gateway does when an integration fails, and
# they show as non-2xx on the PROXY row.
# Not part of `mvn verify`. Needs wrk (Debian: apt-get install -y wrk), python3, and the build done once
# (mvn -B -DskipTests install: modules in ~/.m2, cli/target/apigw.jar). Every run is bounded: each target is
# warmed up for WARMUP seconds (the JIT needs longer for the pipeline than for a bare handler), then the targets are
# measured in turn for DURATION seconds each, ROUNDS times (default 5); the table shows each target's median round,
# and for the MOCK rows the median of their per-round ratios to bare ("paired"), so one noisy round (2 shared
# cores: wrk, the servers and anything else running) does not decide the ratio.
#   DURATION=10 WARMUP=60 ROUNDS=5 CONNECTIONS=32 THREADS=2 bench/serve.sh   (on 2 cores the pipeline needs about
# a minute under load before C2 has compiled it; a shorter warm-up measures the JIT, not the server)
# Set MVN_FLAGS=-o to build offline.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10}
WARMUP=${WARMUP:-60}
ROUNDS=${ROUNDS:-5}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PREWARM=${PREWARM:-3}
MVN_FLAGS=${MVN_FLAGS:-}
# The JVM options of every server here, the bare baseline included: by default the ones ./apigw gives `serve`.
SERVER_JVM_OPTS=${SERVER_JVM_OPTS--XX:+UseParallelGC}
CLASSPATH_FILE=simulator/target/bench-classpath.txt

for tool in wrk python3 java; do
  command -v "$tool" >/dev/null || { echo "serve.sh: $tool is needed (wrk: apt-get install -y wrk)" >&2; exit 2; }
done

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# The CLI jar as built (not through ./apigw, whose rebuild would install every module), and the test classpath
# for BareJavalin.
jar=cli/target/apigw.jar
[[ -f "$jar" ]] || { echo "serve.sh: $jar is missing: run mvn -B -DskipTests install first" >&2; exit 2; }
mvn -q -B $MVN_FLAGS -pl simulator test-compile
mvn -q -B $MVN_FLAGS -pl simulator org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.outputFile="$PWD/$CLASSPATH_FILE" -Dmdep.includeScope=test

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits for a line matching $2 in file $1 and prints the port at the end of the URL in it.
await_port() {
  local file=$1 pattern=$2 line
  for _ in $(seq 1 300); do
    line=$(grep -m1 -E "$pattern" "$file" || true)
    if [[ -n "$line" ]]; then
      sed -E 's#.*http://127\.0\.0\.1:([0-9]+).*#\1#' <<<"$line"
      return 0
    fi
    sleep 0.1
  done
  echo "serve.sh: nothing matched '$pattern' in $file:" >&2
  cat "$file" >&2
  return 1
}

backend_port=$(free_port)
python3 -m http.server "$backend_port" --bind 127.0.0.1 --directory samples/petstore/backend \
    >"$work/backend.out" 2>&1 &
pids+=($!)

# The sample's stage throttle (100 requests/s) and AWS's account throttle would answer most of wrk's requests with
# 429: measure a copy of the sample with both lifted.
cp -r samples/petstore "$work/petstore"
sed -i -E '/^    throttling:/d' "$work/petstore/apigw.yaml"
printf 'account:\n  throttling: { rateLimit: 1000000000, burstLimit: 1000000000 }\n' >>"$work/petstore/apigw.yaml"

java $SERVER_JVM_OPTS -jar "$jar" serve "$work/petstore" --stage dev --port 0 --no-reload \
    --stage-var "backend=127.0.0.1:$backend_port" \
    --access-log "$work/access.log" >"$work/apigw.out" 2>&1 &
pids+=($!)
apigw_port=$(await_port "$work/apigw.out" '^apigw: serving .* stage dev at ')

java $SERVER_JVM_OPTS -jar "$jar" serve bench/simple-mock --stage dev --port 0 --no-reload \
    --access-log "$work/simple-access.log" >"$work/simple.out" 2>&1 &
pids+=($!)
simple_port=$(await_port "$work/simple.out" '^apigw: serving .* stage dev at ')

java $SERVER_JVM_OPTS -cp "simulator/target/test-classes:simulator/target/classes:$(cat "$CLASSPATH_FILE")" \
    dev.apigw.simulator.bench.BareJavalin >"$work/bare.out" 2>&1 &
pids+=($!)
bare_port=$(await_port "$work/bare.out" '^bare: serving at ')

for _ in $(seq 1 50); do
  curl -fsS -o /dev/null "http://127.0.0.1:$backend_port/pets/1" 2>/dev/null && break
  sleep 0.1
done

bare_url="http://127.0.0.1:$bare_port/pets"
mock_url="http://127.0.0.1:$apigw_port/dev/pets"
simple_url="http://127.0.0.1:$simple_port/dev/pets"
proxy_url="http://127.0.0.1:$apigw_port/dev/pets/1"
backend_url="http://127.0.0.1:$backend_port/pets/1"
for url in "$bare_url" "$mock_url" "$simple_url" "$proxy_url"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$url" >/dev/null
done

# Prints "<requests/s> <p99 ms> <non-2xx count>" for one URL.
measure() {
  local url=$1 out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url")
  echo "$out" >>"$work/wrk.txt"
  awk '
    /Requests\/sec:/ { rps = $2 }
    /^ +99%/ { v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v);
               p99 = (unit == "us") ? v / 1000 : (unit == "s") ? v * 1000 : v }
    /Non-2xx or 3xx responses:/ { bad = $5 }
    /Socket errors:/ { errors = $0 }
    END { printf "%s %.2f %d\n", rps, p99, bad }' <<<"$out"
}

echo "wrk: ${THREADS} threads, ${CONNECTIONS} connections, ${WARMUP}s warm-up, then ${ROUNDS} rounds of ${DURATION}s per target (each after ${PREWARM}s of load), $(nproc) CPUs; server JVM options: ${SERVER_JVM_OPTS:-(none)}"
targets=(bare mock simple proxy backend)
declare -A urls=([bare]=$bare_url [mock]=$mock_url [simple]=$simple_url [proxy]=$proxy_url [backend]=$backend_url)
for round in $(seq 1 "$ROUNDS"); do
  line="round $round:"
  for t in "${targets[@]}"; do
    # A few seconds of load first: a server that sat idle while the others were measured is slow for a moment
    # (its thread pool shrank), and without this the first target of a round paid for that.
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${PREWARM}s" "${urls[$t]}" >/dev/null
    measure "${urls[$t]}" >>"$work/$t.rounds"
    line+=" $t $(tail -1 "$work/$t.rounds" | cut -d' ' -f1)"
  done
  echo "$line"
done

# The round with the median requests/s of a target: "<requests/s> <p99 ms> <non-2xx count>".
median() {
  sort -n -k1,1 "$work/$1.rounds" | awk '{ rows[NR] = $0 } END { print rows[int((NR + 1) / 2)] }'
}
read -r bare_rps bare_p99 bare_bad < <(median bare)
read -r mock_rps mock_p99 mock_bad < <(median mock)
read -r simple_rps simple_p99 simple_bad < <(median simple)
read -r proxy_rps proxy_p99 proxy_bad < <(median proxy)
read -r backend_rps backend_p99 backend_bad < <(median backend)

# The median over rounds of a target's requests/s divided by bare's in the same round: the machine's speed drifts
# from one round to the next (2 shared cores), and a ratio within a round cancels most of that drift.
paired_ratio() {
  paste -d' ' "$work/$1.rounds" "$work/bare.rounds" | awk '{ print 100 * $1 / $4 }' | sort -n \
    | awk '{ r[NR] = $1 } END { printf "%.1f", (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }'
}

row() {
  awk -v name="$1" -v rps="$2" -v p99="$3" -v bad="$4" -v base="$bare_rps" -v paired="${5:-}" -v ref="${6:-}" 'BEGIN {
    other = (ref == "") ? "" : sprintf("%6.1f%% of backend", 100 * rps / ref);
    printf "%-26s %12.0f %10.2f %8.1f%% %9s  %-18s %s\n", name, rps, p99, 100 * rps / base,
        (paired == "") ? "" : paired "%", other, (bad > 0) ? bad " non-2xx" : "" }'
}
printf "%-26s %12s %10s %9s %9s\n" "target (median round)" "requests/s" "p99 ms" "vs bare" "paired"
row "bare Javalin /pets" "$bare_rps" "$bare_p99" "$bare_bad"
row "apigw MOCK loop /pets" "$mock_rps" "$mock_p99" "$mock_bad" "$(paired_ratio mock)"
row "apigw MOCK simple /pets" "$simple_rps" "$simple_p99" "$simple_bad" "$(paired_ratio simple)"
row "apigw HTTP_PROXY /pets/1" "$proxy_rps" "$proxy_p99" "$proxy_bad" "" "$backend_rps"
row "python backend /pets/1" "$backend_rps" "$backend_p99" "$backend_bad"
echo "paired: the median over rounds of the target's requests/s over bare's in the same round"
echo "access log lines written: $(( $(wc -l <"$work/access.log") + $(wc -l <"$work/simple-access.log") ))"
