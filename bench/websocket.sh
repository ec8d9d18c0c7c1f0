#!/usr/bin/env bash
# Measures WebSocket APIs under `apigw serve` on loopback, with the java.net.http client bench.WebSocketBench:
#   messages/s            round trips through a two-way $default MOCK route (request template, integration
#                         response template sent back), CONNECTIONS concurrent connections, each sending its next
#                         message when the answer to the previous one arrived
#   connect/disconnect/s  WORKERS concurrent loops opening a connection (a MOCK $connect runs in the handshake)
#                         and closing it, one after the other
# Not part of `mvn verify`. Builds cli/target/apigw.jar with `mvn package` (no install) and the simulator's test
# classpath, then runs each part for a 3 s warm-up and SECONDS measured (bounded; the server is stopped at exit).
#   SECONDS_PER_RUN=10 CONNECTIONS=50 WORKERS=8 bench/websocket.sh      (MVN_FLAGS=-o to build offline)
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
CONNECTIONS=${CONNECTIONS:-50}
WORKERS=${WORKERS:-8}
MVN_FLAGS=${MVN_FLAGS:-}
CLASSPATH_FILE=simulator/target/bench-classpath.txt

work=$(mktemp -d)
pid=
cleanup() {
  if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

mvn -q -B $MVN_FLAGS -pl cli -am package -DskipTests
mvn -q -B $MVN_FLAGS -pl simulator -am test-compile
mvn -q -B $MVN_FLAGS -pl simulator org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.outputFile="$PWD/$CLASSPATH_FILE" -Dmdep.includeScope=test

mkdir -p "$work/ws"
cat >"$work/ws/apigw.yaml" <<'YAML'
type: websocket
stages:
  dev: {}
websocket:
  name: bench
  routeSelectionExpression: $request.body.action
  routes:
    $connect:
      integration:
        type: MOCK
        requestTemplates:
          $default: '{"statusCode": 200}'
    $default:
      routeResponseSelectionExpression: $default
      integration:
        type: MOCK
        requestTemplates:
          $default: '{"statusCode": 200}'
        responses:
          $default:
            responseTemplates:
              $default: '{"echo": true, "connectionId": "$context.connectionId", "requestId": "$context.requestId"}'
YAML

java -jar cli/target/apigw.jar serve "$work/ws" --port 0 --no-reload >"$work/apigw.out" 2>&1 &
pid=$!
port=
for _ in $(seq 1 300); do
  port=$(sed -n -E 's#^apigw: serving WebSocket API .* at ws://127\.0\.0\.1:([0-9]+)/dev.*#\1#p' "$work/apigw.out")
  [[ -n "$port" ]] && break
  sleep 0.1
done
[[ -n "$port" ]] || { echo "websocket.sh: apigw serve did not start:" >&2; cat "$work/apigw.out" >&2; exit 1; }

echo "apigw serve $work/ws on port $port; $(nproc) CPUs; java $(java -version 2>&1 | head -1)"
java -cp "simulator/target/test-classes:$(cat "$CLASSPATH_FILE")" dev.apigw.simulator.bench.WebSocketBench \
    "ws://127.0.0.1:$port/dev" "$SECONDS_PER_RUN" "$CONNECTIONS" "$WORKERS"
