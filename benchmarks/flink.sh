#!/usr/bin/env bash
# Events per second through cadence-flink's keyed evaluation on Flink's MiniCluster, with the heap
# (hashmap), RocksDB and ForSt state backends, beside the floor (the same state kept without
# evaluating). Flink runs from the module's class path, not from the JMH jar.
#   bash benchmarks/flink.sh [contacts] [touchpoints per contact]     (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -Dpit.skip=true -Djapicmp.skip=true -Dmaven.javadoc.skip=true \
  -Dmaven.source.skip=true -pl benchmarks -am install
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
./mvnw -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test
java -Xmx4g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.org.apache.flink=error -cp "benchmarks/target/classes:$(cat "$cp")" io.github.cadence.benchmarks.FlinkThroughput "$@"
