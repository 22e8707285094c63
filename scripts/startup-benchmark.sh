#!/usr/bin/env bash
# Start-up benchmark (docs/benchmarks.md, "Start-up"): how long the production jar takes from
# `java -jar` to the first page (/login answering 200), on MariaDB, RUNS times per variant.
#
#   scripts/startup-benchmark.sh [jar]     (default: target/klantregistratie-*.jar, built with -Pproduction)
#
# Variants, measured in the same run so that the baseline is the same machine state:
#   plain    java -jar app.jar                  the baseline: how the jar started before
#   aotcache java -XX:AOTCache=plain.aot ...    the JDK 25 AOT cache alone (trained on this variant)
#   aot      java -XX:AOTCache=app.aot -Dspring.aot.enabled=true ...
#            the AOT cache plus Spring AOT, as the Dockerfile starts it (cache from scripts/aot-cache.sh)
# Both caches need a class path of plain jars: the jar is unpacked with jarmode=tools extract.
# Needs MariaDB on 127.0.0.1:3306 with the database of scripts/mariadb-setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
# shellcheck source=scripts/production-jar-env.sh
source scripts/production-jar-env.sh "${1:-}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
APP_JAR=$(ls "$WORK"/app/*.jar | head -1)

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java:    $("$JAVA" -version 2>&1 | head -1)"
echo "jar:     $JAR ($(du -m "$JAR" | cut -f1) MB)"

echo "training runs for the AOT caches ..."
"$JAVA" -XX:AOTCacheOutput="$WORK/plain.aot" -Dspring.context.exit=onRefresh -jar "$APP_JAR" > "$WORK/training.log" 2>&1
JAVA=$JAVA scripts/aot-cache.sh "$APP_JAR" "$WORK/app.aot"
echo "AOT caches: $(du -m "$WORK/plain.aot" | cut -f1) MB and $(du -m "$WORK/app.aot" | cut -f1) MB"

# Starts the app, waits for /login to answer 200, prints milliseconds from launch and Spring's own figure.
measure() {
    local label=$1
    shift
    local log="$WORK/$label.log"
    local start end
    start=$(date +%s%N)
    "$JAVA" "$@" > "$log" 2>&1 &
    local pid=$!
    await_login "$pid" "$log"
    end=$(date +%s%N)
    local spring
    spring=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$log" | grep -o '[0-9.]* seconds' || echo '?')
    printf '%-8s first page after %6d ms (Spring: started in %s)\n' "$label" $(((end - start) / 1000000)) "$spring"
    kill "$pid"
    wait "$pid" 2> /dev/null || true
}

for run in $(seq 1 "$RUNS"); do
    echo "run $run"
    measure plain -jar "$JAR"
    measure aotcache -XX:AOTCache="$WORK/plain.aot" -jar "$APP_JAR"
    measure aot -XX:AOTCache="$WORK/app.aot" -Dspring.aot.enabled=true -jar "$APP_JAR"
done
