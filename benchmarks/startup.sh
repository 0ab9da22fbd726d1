#!/usr/bin/env bash
# Times `cadence today` end to end (JVM start, open the workspace, evaluate, print) on a workspace
# of 10,000 contacts and about 100,000 touchpoints, 10 runs, beside `java -version` (the JVM's
# floor), and prints the medians and their ratio.
#   bash benchmarks/startup.sh            (from the repository root; builds what it needs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=10
contacts=${CONTACTS:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -f cadence-cli/target/cadence.jar ] && [ -f benchmarks/target/benchmarks.jar ] \
  || ./mvnw -B -q -DskipTests -Dpit.skip=true -Djapicmp.skip=true -Dmaven.javadoc.skip=true \
       -Dmaven.source.skip=true package
java -cp benchmarks/target/benchmarks.jar io.github.cadence.benchmarks.StartupWorkspace \
  "$work/ws" "$contacts"

# The JVM options the ./cadence launcher uses.
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
time_ms() {
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

# The launcher's class-data sharing archive, written by a first run as ./cadence does.
java "${jvm[@]}" -XX:ArchiveClassesAtExit="$work/cadence.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -jar cadence-cli/target/cadence.jar today --workspace "$work/ws" --limit 5 > /dev/null
cds=(-XX:SharedArchiveFile="$work/cadence.jsa" -Xshare:auto)
floor=$(for _ in $(seq $runs); do time_ms java "${jvm[@]}" -version; done | median)
plain=$(for _ in $(seq $runs); do
  time_ms java "${jvm[@]}" -jar cadence-cli/target/cadence.jar today --workspace "$work/ws" --limit 10
done | median)
today=$(for _ in $(seq $runs); do
  time_ms java "${jvm[@]}" "${cds[@]}" -jar cadence-cli/target/cadence.jar today \
    --workspace "$work/ws" --limit 10
done | median)
echo "java -version:              median ${floor} ms of ${runs} runs"
echo "cadence today, no archive:  median ${plain} ms of ${runs} runs (${contacts} contacts)"
echo "cadence today, as launched: median ${today} ms of ${runs} runs (with the CDS archive)"
awk -v t="$today" -v f="$floor" 'BEGIN { printf "ratio:                      %.1fx the JVM floor\n", t / f }'
