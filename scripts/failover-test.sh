#!/usr/bin/env bash
# The failover test (docs/operations.md, "More than one server"; docs/benchmarks.md, "Failover"):
# everything on loopback addresses of this machine, no containers.
#
#   scripts/failover-test.sh [--no-build]
#
# 1. starts a 3-node Galera cluster (scripts/galera-cluster.sh, 127.0.0.1:3311-3313), a Redis server
#    (127.0.0.1:6391), two instances of the production jar (127.0.0.1:8081 and 8082, with
#    deploy/app/instance.properties) and HAProxy with deploy/haproxy/haproxy.cfg (127.0.0.1:8090);
# 2. fills the database with ROWS (20,000) generated registrations and links one contactpersoon
#    (volger) to one klant-persoon (hoofd);
# 3. two browsers on the two instances: the hoofd edited in one, the time until the volger's open
#    card in the other shows it (ROUNDS, 20);
# 4. USERS (30) simulated users work through HAProxy for DURATION (100) seconds
#    (loadtest/FailoverSimulation), while the script kills app instance 1 after KILL_APP_AT (30) s
#    and Galera node 1 after KILL_DB_AT (60) s, both with SIGKILL;
#    meanwhile one browser, pinned to instance 1 with a card open, clicks on after the kill, signs in
#    on the other instance and must land on that card;
# 5. reports: acknowledged saves and how many of them the database lacks (must be 0), the users
#    that lost their session and how long until they were served again, the errors users saw, the
#    browser's landing and the cross-instance refresh times; the report is printed and written to
#    loadtest/target/failover/report.txt. Exits non-zero when a save was lost.
# Stops everything it started, also when interrupted. Needs root (apt-get, mariadbd), as
# scripts/galera-cluster.sh; installs haproxy, redis-server and playwright-core when missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly OUT=loadtest/target/failover
readonly USERS=${USERS:-30} DURATION=${DURATION:-100} ROWS=${ROWS:-20000} ROUNDS=${ROUNDS:-20}
readonly KILL_APP_AT=${KILL_APP_AT:-30} KILL_DB_AT=${KILL_DB_AT:-60}
readonly REDIS_PORT=6391 LB_PORT=8090 APP_PORTS=(8081 8082)
readonly USERNAME=failover PASSWORD=Failover-proef-2026
readonly DB="jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/klantregistratie?transactionReplay=true"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"

log() { printf '[failover] %s\n' "$*"; }
die() { printf '[failover] ERROR: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }

APP_PIDS=()
cleanup() {
    set +e
    for pid in "${APP_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    [ -f "$OUT/haproxy.pid" ] && kill "$(cat "$OUT/haproxy.pid")" 2>/dev/null
    redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1
    bash scripts/galera-cluster.sh stop >/dev/null 2>&1
    for pid in "${APP_PIDS[@]}"; do wait "$pid" 2>/dev/null; done
    log "stopped everything it started"
}
trap cleanup EXIT

ensure() { # command package
    command -v "$1" >/dev/null 2>&1 && return
    log "installing $2 with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2"
}

sql() { mariadb --protocol=TCP -h127.0.0.1 -P"$1" -uklantregistratie -pklantregistratie klantregistratie -N -B -e "$2"; }

wait_healthy() { # port [pid]
    for _ in $(seq 1 180); do
        [ -z "${2:-}" ] || kill -0 "$2" 2>/dev/null || die "the instance on port $1 stopped (see $OUT/app-$1.log)"
        [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/actuator/health/readiness")" = 200 ] && return
        sleep 1
    done
    die "the instance on port $1 did not become healthy (see $OUT/app-$1.log)"
}

start_app() { # port
    DB_USER=klantregistratie DB_PASSWORD=klantregistratie "$JAVA" -Xmx768m -jar "$JAR" \
        --spring.config.additional-location=file:deploy/app/instance.properties \
        --server.port="$1" \
        --spring.datasource.url="$DB" \
        --klantregistratie.cluster.redis-url="redis://127.0.0.1:$REDIS_PORT" \
        --klantregistratie.health.allowed-addresses= \
        --server.tomcat.remoteip.internal-proxies='127\.0\.0\.1' \
        --klantregistratie.initial-user.username="$USERNAME" \
        --klantregistratie.initial-user.password="$PASSWORD" >"$OUT/app-$1.log" 2>&1 &
    APP_PIDS+=($!)
}

ensure haproxy haproxy
ensure redis-server redis-server
ensure node nodejs
rm -rf "$OUT" && mkdir -p "$OUT"

if [ "${1:-}" != --no-build ]; then
    log "building the production jar and the load test"
    ./mvnw -B -q -Pproduction -DskipTests package
fi
bash scripts/loadtest.sh --build-only
[ -d loadtest/browser/node_modules/playwright-core ] || (cd loadtest/browser && npm install --no-audit --no-fund -q)
JAR="$(ls target/klantregistratie-*.jar | head -n 1)"

bash scripts/galera-cluster.sh start
redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir "$PWD/$OUT" --logfile "$PWD/$OUT/redis.log"

log "starting instance 1 (migrates the schema), then instance 2"
start_app "${APP_PORTS[0]}"
wait_healthy "${APP_PORTS[0]}" "${APP_PIDS[0]}"
start_app "${APP_PORTS[1]}"
wait_healthy "${APP_PORTS[1]}" "${APP_PIDS[1]}"

log "loading $ROWS registrations"
./mvnw -B -q -o -Pbenchmark test -Dtest=LoadTestData -Drows="$ROWS" -Dsurefire.failIfNoSpecifiedTests=false \
    -DBENCH_MARIADB_URL=jdbc:mariadb://127.0.0.1:3311/klantregistratie \
    -DBENCH_MARIADB_USER=klantregistratie -DBENCH_MARIADB_PASSWORD=klantregistratie >"$OUT/load.log" 2>&1 ||
    die "loading failed (see $OUT/load.log)"
HEAD_ID="$(sql 3311 "SELECT MIN(id) FROM registration WHERE kind = 'PERSOON'")"
FOLLOWER_ID="$(sql 3311 "SELECT MIN(id) FROM registration WHERE kind = 'CONTACT'")"
COPY="$(sql 3311 "SELECT GROUP_CONCAT(CONCAT('f.', COLUMN_NAME, ' = h.', COLUMN_NAME)) FROM information_schema.COLUMNS
    WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'registration' AND COLUMN_NAME LIKE 'personal\_%'")"
sql 3311 "UPDATE registration f JOIN registration h ON h.id = $HEAD_ID SET $COPY, f.head_id = h.id,
    f.zoeknaam = h.zoeknaam, f.search_key = h.search_key, f.version = f.version + 1 WHERE f.id = $FOLLOWER_ID"
log "hoofd $HEAD_ID, volger $FOLLOWER_ID (linked for the refresh measurement)"

KR_BIND="127.0.0.1:$LB_PORT" KR_APP1="127.0.0.1:${APP_PORTS[0]}" KR_APP2="127.0.0.1:${APP_PORTS[1]}" \
    KR_STATS=127.0.0.1:8404 haproxy -f deploy/haproxy/haproxy.cfg -D -p "$OUT/haproxy.pid" >"$OUT/haproxy.log" 2>&1
wait_healthy "$LB_PORT"

log "cross-instance refresh: $ROUNDS rounds, browsers on instance 1 (volger) and 2 (hoofd)"
node loadtest/browser/cross-instance-refresh.mjs "http://127.0.0.1:${APP_PORTS[0]}" \
    "http://127.0.0.1:${APP_PORTS[1]}" "$USERNAME" "$PASSWORD" "$HEAD_ID" "$FOLLOWER_ID" "$ROUNDS" "$OUT" \
    | tee "$OUT/refresh.json"

log "$USERS users for ${DURATION}s through HAProxy; instance 1 dies at ${KILL_APP_AT}s, Galera node 1 at ${KILL_DB_AT}s"
FIRST_KLANTNUMMER=100001
LAST_KLANTNUMMER=$((FIRST_KLANTNUMMER + ROWS - 1))
STARTED="$(now_ms)"
SIMULATION=FailoverSimulation BASE_URL="http://127.0.0.1:$LB_PORT" bash scripts/loadtest.sh --run \
    -Dusers="$USERS" -Dduration="$DURATION" -Dusername="$USERNAME" -Dpassword="$PASSWORD" \
    -DfirstKlantnummer="$FIRST_KLANTNUMMER" -DlastKlantnummer="$LAST_KLANTNUMMER" -Dout="$OUT" \
    >"$OUT/gatling.log" 2>&1 &
GATLING=$!
# One colleague in a real browser, pinned to instance 1 with a card open, clicks on after it died.
node loadtest/browser/after-instance-dies.mjs "http://127.0.0.1:$LB_PORT" "$USERNAME" "$PASSWORD" \
    "/klanten/persoon/$HEAD_ID" "$OUT/browser-ready" "$OUT/instance-killed" "$OUT" >"$OUT/after-instance-dies.json" &
BROWSER=$!
sleep "$KILL_APP_AT"
[ -f "$OUT/browser-ready" ] || log "the browser was not ready with its card before the kill"
APP_KILLED="$(now_ms)"
kill -9 "${APP_PIDS[0]}"
touch "$OUT/instance-killed"
log "killed instance 1 at $(( (APP_KILLED - STARTED) / 1000 ))s"
sleep $((KILL_DB_AT - KILL_APP_AT))
DB_KILLED="$(now_ms)"
bash scripts/galera-cluster.sh kill 1
wait "$GATLING" || true
wait "$BROWSER" || log "the browser after the kill failed (see $OUT/*.png)"
bash scripts/galera-cluster.sh status

sql 3312 "SELECT DISTINCT notities FROM registration_aud WHERE notities LIKE 'failover %'" | sort >"$OUT/stored.txt"
cut -f1 "$OUT/acknowledged.txt" | sort >"$OUT/acknowledged-notes.txt"
LOST="$(comm -23 "$OUT/acknowledged-notes.txt" "$OUT/stored.txt" | wc -l)"
ACKNOWLEDGED="$(wc -l <"$OUT/acknowledged-notes.txt")"
ACK_AFTER_APP="$(awk -F'\t' -v t="$APP_KILLED" '$2 > t' "$OUT/acknowledged.txt" | wc -l)"
ACK_AFTER_DB="$(awk -F'\t' -v t="$DB_KILLED" '$2 > t' "$OUT/acknowledged.txt" | wc -l)"
OUTAGE="$(awk '{print $3}' "$OUT/outages.txt" | sort -n | awk '{a[NR] = $1} END {
    if (NR == 0) { print "none"; exit }
    i = int(NR * 0.95); if (i < NR * 0.95) i++; if (i < 1) i = 1
    printf "%d users, p50 %d ms, p95 %d ms, max %d ms", NR, a[int((NR + 1) / 2)], a[i], a[NR] }')"
{
    echo "Failover test, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, commit $(git rev-parse --short HEAD)"
    echo "3 Galera nodes, 2 app instances, HAProxy; $ROWS registrations; $USERS users for ${DURATION}s"
    echo "instance 1 killed at $(( (APP_KILLED - STARTED) / 1000 ))s, Galera node 1 at $(( (DB_KILLED - STARTED) / 1000 ))s (SIGKILL)"
    echo "cross-instance refresh (ms): $(cat "$OUT/refresh.json")"
    echo "acknowledged saves: $ACKNOWLEDGED ($ACK_AFTER_APP after instance 1 died, $ACK_AFTER_DB after node 1 died); missing from the database: $LOST"
    echo "users that lost their session and time until served again: $OUTAGE"
    echo "a browser on instance 1 when it died, signing in again: $(cat "$OUT/after-instance-dies.json")"
    # Gatling's final summary: the last "Global Information" block of its console output
    awk '/---- Global Information/ {block = ""} {block = block $0 "\n"} END {printf "%s", block}' \
        "$OUT/gatling.log" >"$OUT/summary.txt"
    echo "requests (Gatling; columns: total, OK, KO):"
    grep -E "^> (request count|response time 95th|mean requests/sec)" "$OUT/summary.txt" || true
    echo "failed requests by kind (what users saw):"
    sed -n '/^---- Errors/,$p' "$OUT/summary.txt" | grep -E '^> ' || echo "> none"
    echo "server time per action (all users, failed requests excluded):"
    sed -n '/^action (ms)/,/^$/p' "$OUT/gatling.log"
} | tee "$OUT/report.txt"
[ "$LOST" -eq 0 ] || die "$LOST acknowledged saves are missing from the database"
grep -q '"landedOnTheCard":true' "$OUT/after-instance-dies.json" || die "the browser did not land on its card after signing in again"
