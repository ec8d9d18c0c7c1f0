#!/usr/bin/env bash
# Measures the pipeline alone, without HTTP: GET /pets of samples/petstore (the MOCK loop row of bench/serve.sh)
# and of bench/simple-mock (the MOCK simple row) through
# Simulator.invoke with JMH (PetstoreMockBenchmark), on THREADS threads (default 1), and its allocation per request.
# Together with bench/serve.sh it shows how much of a served request is the gateway's own work.
# Not part of `mvn test`. Needs the other modules installed in ~/.m2 (mvn install once).
# JMH_OPTS replaces the default run length, e.g. `JMH_OPTS="-f 1 -wi 1 -w 1s -i 3 -r 2s" bench/pipeline.sh`.
# Set MVN_FLAGS=-o to build offline once the dependency plugin is in the local repository.
set -euo pipefail
cd "$(dirname "$0")/.."

MVN_FLAGS=${MVN_FLAGS:-}
THREADS=${THREADS:-1}
CLASSPATH_FILE=simulator/target/bench-classpath.txt

mvn -q -B $MVN_FLAGS -pl simulator test-compile
mvn -q -B $MVN_FLAGS -pl simulator org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.outputFile="$PWD/$CLASSPATH_FILE" -Dmdep.includeScope=test

java -cp "simulator/target/test-classes:simulator/target/classes:$(cat "$CLASSPATH_FILE")" \
    org.openjdk.jmh.Main 'dev.apigw.simulator.bench.PetstoreMockBenchmark' -t "$THREADS" -prof gc \
    ${JMH_OPTS:--f 1 -wi 5 -w 2s -i 5 -r 2s} -rf text -rff simulator/target/pipeline-benchmark.txt >/dev/null

grep -E '(listPets|simpleMock)( |:gc.alloc.rate.norm)' simulator/target/pipeline-benchmark.txt
