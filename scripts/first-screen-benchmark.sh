#!/usr/bin/env bash
# First-screen benchmark (docs/benchmarks.md, "First screen"): a cold browser (new Chromium, empty
# cache) to the first usable screen against the production jar on MariaDB, RUNS times, with the
# bytes received; the baseline (one static file of the same server) in the same run.
#
#   scripts/first-screen-benchmark.sh [jar]   (default: target/klantregistratie-*.jar, built with -Pproduction)
#
# Needs MariaDB on 127.0.0.1:3306 with the trial database of scripts/mariadb-setup.sh, and Debian's
# chromium and chromium-driver. The first start on an empty database creates the sign-in account.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
# shellcheck source=scripts/production-jar-env.sh
source scripts/production-jar-env.sh "${1:-}"
LOG=$(mktemp)

"$JAVA" -jar "$JAR" > "$LOG" 2>&1 &
APP=$!
trap 'kill "$APP" 2> /dev/null || true; wait "$APP" 2> /dev/null || true; rm -f "$LOG"' EXIT
await_login "$APP" "$LOG"
echo "jar: $JAR, up on port $PORT"

./mvnw -B -q -Pbenchmark test -Dtest=FirstScreenBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.url="http://127.0.0.1:$PORT" -Dbench.runs="$RUNS" \
    -Dbench.user="$KLANTREGISTRATIE_INITIAL_USER_USERNAME" -Dbench.password="$KLANTREGISTRATIE_INITIAL_USER_PASSWORD"
