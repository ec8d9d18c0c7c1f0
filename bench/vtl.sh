#!/usr/bin/env bash
# Measures VTL mapping-template rendering throughput (ops/s) against a string-concatenation baseline with JMH.
# Not part of `mvn test`. Needs the other modules installed in ~/.m2 (mvn install once).
# Extra arguments go to JMH, e.g. `bench/vtl.sh -i 10` for more measurement iterations.
# Set MVN_FLAGS=-o to build offline once the dependency plugin is in the local repository.
set -euo pipefail
cd "$(dirname "$0")/.."

MVN_FLAGS=${MVN_FLAGS:-}
CLASSPATH_FILE=simulator/target/bench-classpath.txt

# test-compile runs JMH's annotation processor, which writes META-INF/BenchmarkList into target/test-classes.
mvn -q -B $MVN_FLAGS -pl simulator test-compile
mvn -q -B $MVN_FLAGS -pl simulator org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.outputFile="$PWD/$CLASSPATH_FILE" -Dmdep.includeScope=test

java -cp "simulator/target/test-classes:simulator/target/classes:$(cat "$CLASSPATH_FILE")" \
    org.openjdk.jmh.Main 'dev.apigw.simulator.bench.VtlRenderBenchmark' -f 1 -wi 5 -w 2s -i 5 -r 2s -rf text \
    -rff simulator/target/vtl-benchmark.txt "$@"
