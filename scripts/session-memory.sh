#!/usr/bin/env bash
# Memory per session (docs/benchmarks.md, "Memory per session"): how much live heap one signed-in
# user costs, per screen. Starts the production jar (local profile: H2 with the demo data, or
# SPRING_PROFILES_ACTIVE=mariadb and its DB_* settings), warms it up with WARMUP users, then for each
# screen lets N users sign in and stay (the load test's hold mode, speaking Vaadin's protocol), and
# compares the live heap after a full GC before and after: (after - before) / N.
#
#   scripts/session-memory.sh            N=100 WARMUP=20 SCREENS="list card"
#
# Needs the production jar (./mvnw -B -Pproduction -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100}
WARMUP=${WARMUP:-20}
SCREENS=${SCREENS:-list card}
PORT=${PORT:-18081}
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
JCMD=${JCMD:-${JAVA_HOME:+$JAVA_HOME/bin/}jcmd}
JAR=$(ls target/klantregistratie-*.jar | head -1)
WORK=$(mktemp -d)
trap 'kill "$APP" 2> /dev/null || true; rm -rf "$WORK"' EXIT

scripts/loadtest.sh --build-only
(cd "$WORK" && PORT=$PORT exec "$JAVA" ${APP_JAVA_OPTS:-} -jar "$OLDPWD/$JAR" > "$WORK/app.log" 2>&1) &
APP=$!
until curl -s -o /dev/null "http://127.0.0.1:$PORT/login"; do
    kill -0 "$APP" 2> /dev/null || { tail -30 "$WORK/app.log"; exit 1; }
    sleep 0.5
done
PID=$APP # the subshell exec'd java, so this is the application's own process

# Live heap in KB after a full GC (System.gc, a full collection with the default G1).
live_heap() {
    "$JCMD" "$PID" GC.run > /dev/null
    sleep 1
    "$JCMD" "$PID" GC.run > /dev/null
    "$JCMD" "$PID" GC.heap_info | awk '/used/ && /total/ { for (i = 1; i <= NF; i++) if ($i == "used") { gsub("K", "", $(i+1)); print $(i+1); exit } }'
}

hold() { # users screen
    BASE_URL="http://127.0.0.1:$PORT" scripts/loadtest.sh --run -Dmode=hold -Dusers="$1" -Dramp=$(( $1 / 10 + 1 )) -Dscreen="$2" ${HOLD_OPTS:-} > "$WORK/hold.log" 2>&1 \
        || { tail -40 "$WORK/hold.log"; exit 1; }
}

echo "machine: $(nproc) cores, java $("$JAVA" -version 2>&1 | head -1), jar $JAR, profile ${SPRING_PROFILES_ACTIVE:-local}"
hold "$WARMUP" card
# HISTO=1: also the classes whose live instances grew most per session (GC.class_histogram), to see what holds it.
histogram() {
    "$JCMD" "$PID" GC.class_histogram | awk 'NR > 2 && $1 ~ /:$/ { print $4, $3 }' | sort > "$1"
}
for screen in $SCREENS; do
    before=$(live_heap)
    [ -n "${HISTO:-}" ] && histogram "$WORK/before"
    hold "$N" "$screen"
    after=$(live_heap)
    echo "$screen: live heap $((before / 1024)) MB -> $((after / 1024)) MB with $N more sessions: $(((after - before) / N)) KB per session"
    if [ -n "${HISTO:-}" ]; then
        histogram "$WORK/after"
        echo "  bytes per session by class (top 25):"
        join -a 2 -e 0 -o 0,1.2,2.2 "$WORK/before" "$WORK/after" \
            | awk -v n="$N" '{ d = ($3 - $2) / n; if (d > 0) printf "  %8.0f  %s\n", d, $1 }' | sort -rn | head -25
    fi
done
