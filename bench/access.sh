#!/usr/bin/env bash
# Measures the per-request overhead of access control with JMH, in one run: the same MOCK method open, and behind an
# API key + usage plan (throttle and quota) + a cached TOKEN Lambda authorizer (AccessControlBenchmark), then
# prints the ratio. Needs node (the authorizer function runs once).
# Not part of `mvn test`. Needs the other modules installed in ~/.m2 (mvn install once).
# JMH_OPTS replaces the default run length, e.g. `JMH_OPTS="-f 1 -wi 1 -w 1s -i 3 -r 2s" bench/access.sh`.
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
    org.openjdk.jmh.Main 'dev.apigw.simulator.bench.AccessControlBenchmark' ${JMH_OPTS:--f 1 -wi 5 -w 2s -i 5 -r 2s} \
    -rf text -rff simulator/target/access-benchmark.txt

# JMH's text result: "Benchmark Mode Cnt Score Error Units"; the ratio of the two scores.
# The score is the first number with a decimal point after the mode (the sample count has none).
awk 'function score(   i) { for (i = 1; i < NF; i++) if ($i == "thrpt") return ($(i + 1) ~ /\./) ? $(i + 1) : $(i + 2) }
     /AccessControlBenchmark.openMethod/ { open = score() }
     /AccessControlBenchmark.apiKeyUsagePlanAndCachedAuthorizer/ { secured = score() }
     END { if (open > 0) printf "secured/open throughput: %.2f (%.0f vs %.0f requests/s)\n", secured / open, secured, open }' \
    simulator/target/access-benchmark.txt
