#!/usr/bin/env bash
# The load test (docs/benchmarks.md, "Load"): Gatling's OfficeSimulation (loadtest/), which speaks
# Vaadin's UIDL protocol as the browser does, against a running application.
#
#   scripts/loadtest.sh [--build-only | --run] [-Dusers=50 -Dramp=30 -Dduration=120 -Dmode=work ...]
#
# BASE_URL (default http://127.0.0.1:8080) is the application; SIMULATION (default OfficeSimulation)
# the simulation (FailoverSimulation: scripts/failover-test.sh). The settings are described in
# loadtest/src/main/java/nl/klantregistratie/loadtest/OfficeSimulation.java. Gatling's report (per
# request: percentiles, errors, throughput) is printed and written under loadtest/target/gatling/.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
MODE=all
case "${1:-}" in
    --build-only) MODE=build; shift ;;
    --run) MODE=run; shift ;;
esac
if [ "$MODE" != run ]; then
    ./mvnw -B -q -f loadtest/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
fi
[ "$MODE" = build ] && exit 0
# Gatling 3.14 on Java 25 needs java.lang opened to it; a large stack for its Scala code.
exec "$JAVA" --add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED -Xss100M \
    -cp "loadtest/target/classes:$(cat loadtest/target/classpath.txt)" \
    -DbaseUrl="${BASE_URL:-http://127.0.0.1:8080}" "$@" \
    io.gatling.app.Gatling -s "nl.klantregistratie.loadtest.${SIMULATION:-OfficeSimulation}" -rf loadtest/target/gatling
