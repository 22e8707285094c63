#!/usr/bin/env bash
# The load measurement of docs/benchmarks.md ("Load"): the production jar on MariaDB with ROWS
# (100,000) registrations, of which HEADS (1,000) klant-personen are hoofd of two volgers each; per
# user count in USER_COUNTS (50 200 500 1000) the office round of loadtest/ (OfficeSimulation, mode
# work: search, open cards, edit and save a hoofd, link and unlink a contactpersoon) and, as the
# baseline of the same run, the same sign-in and rhythm against a view that does next to nothing
# (mode baseline). Per run: server time per action (p50/p95/p99/max) while all users work, failed
# requests, throughput, the application's CPU (cores used) and heap (jstat), and Gatling's own CPU
# (it runs on the same machine). Then the knee: the first user count at which an action's p95 passes
# 100 ms. The report is printed and written to target/load-benchmark/report.txt.
#
#   scripts/load-benchmark.sh [--no-build]      USER_COUNTS="50 200" STEADY=60 scripts/load-benchmark.sh
#
# Needs MariaDB with the database klantregistratie_bench (scripts/mariadb-setup.sh makes it), whose
# content this script replaces; the mariadb client; Maven offline (the loader is a test class).
set -euo pipefail
cd "$(dirname "$0")/.."
USER_COUNTS=${USER_COUNTS:-50 200 500 1000}
ROWS=${ROWS:-100000}
HEADS=${HEADS:-1000}
STEADY=${STEADY:-120}        # seconds every user works at once, after the ramp
APP_HEAP=${APP_HEAP:--Xmx2g}
OUT=target/load-benchmark
BENCH=(--protocol=TCP -h127.0.0.1 -P3306 -uklantregistratie_bench --password=klantregistratie_bench)
export DB_URL=jdbc:mariadb://127.0.0.1:3306/klantregistratie_bench DB_USER=klantregistratie_bench \
    DB_PASSWORD=klantregistratie_bench PORT=${PORT:-18082}
export KLANTREGISTRATIE_INITIAL_USER_USERNAME=beheerder KLANTREGISTRATIE_INITIAL_USER_PASSWORD=load-benchmark-only
log() { printf '[load-benchmark] %s\n' "$*" >&2; }

if [ "${1:-}" != --no-build ]; then
    log "building the production jar and the load test"
    ./mvnw -B -q -Pproduction -DskipTests package
fi
scripts/loadtest.sh --build-only
# shellcheck source=production-jar-env.sh
source scripts/production-jar-env.sh "$(ls target/klantregistratie-*.jar | head -1)"
export SPRING_PROFILES_ACTIVE=mariadb,loadtest
JSTAT=${JAVA%java}jstat
JCMD=${JAVA%java}jcmd
rm -rf "$OUT" && mkdir -p "$OUT"

log "emptying klantregistratie_bench"
mariadb "${BENCH[@]}" -e "DROP DATABASE IF EXISTS klantregistratie_bench;
    CREATE DATABASE klantregistratie_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# shellcheck disable=SC2086
"$JAVA" $APP_HEAP -jar "$JAR" > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill "$APP" 2> /dev/null || true' EXIT
await_login "$APP" "$OUT/app.log"
log "application started (pid $APP, $APP_HEAP); loading $ROWS registrations"
./mvnw -B -q -o -Pbenchmark test -Dtest=LoadTestData -Drows="$ROWS" -Dsurefire.failIfNoSpecifiedTests=false \
    -DBENCH_MARIADB_URL="$DB_URL" > "$OUT/load.log" 2>&1 || { tail -30 "$OUT/load.log"; exit 1; }

log "linking two volgers to each of $HEADS hoofden"
mariadb "${BENCH[@]}" klantregistratie_bench <<SQL
CREATE TEMPORARY TABLE load_heads AS
    SELECT id, klantnummer, ROW_NUMBER() OVER (ORDER BY id) AS nr FROM registration
    WHERE kind = 'PERSOON' ORDER BY id LIMIT $HEADS;
CREATE TEMPORARY TABLE load_followers AS
    SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS nr FROM registration
    WHERE kind = 'CONTACT' ORDER BY id LIMIT $((2 * HEADS));
SELECT CONCAT('UPDATE registration f JOIN load_followers lf ON lf.id = f.id
        JOIN load_heads lh ON lh.nr = (lf.nr + 1) DIV 2 JOIN registration h ON h.id = lh.id SET ',
        GROUP_CONCAT(CONCAT('f.', COLUMN_NAME, ' = h.', COLUMN_NAME)),
        ', f.head_id = h.id, f.zoeknaam = h.zoeknaam, f.search_key = h.search_key, f.version = f.version + 1')
    INTO @copy FROM information_schema.COLUMNS
    WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'registration' AND COLUMN_NAME LIKE 'personal\_%';
PREPARE copy FROM @copy;
EXECUTE copy;
SQL
{
    echo headId,headKlantnummer
    mariadb "${BENCH[@]}" -N -B klantregistratie_bench -e "SELECT h.id, h.klantnummer FROM registration h
        WHERE EXISTS (SELECT 1 FROM registration f WHERE f.head_id = h.id) ORDER BY h.id" | tr '\t' ,
} > "$OUT/heads.csv"
{
    echo contactId
    mariadb "${BENCH[@]}" -N -B klantregistratie_bench -e "SELECT id FROM registration
        WHERE kind = 'CONTACT' AND head_id IS NULL ORDER BY id LIMIT 20000"
} > "$OUT/contacts.csv"
log "$(($(wc -l < "$OUT/heads.csv") - 1)) hoofden, $(($(wc -l < "$OUT/contacts.csv") - 1)) contactpersonen to link"

ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; } # user + system CPU of a process, in clock ticks
HZ=$(getconf CLK_TCK)

# One simulation run: mode, users. Appends its figures to the report.
run() {
    local mode=$1 users=$2 ramp duration name=$1-$2
    ramp=$((users / 8 > 30 ? users / 8 : 30)) # about 8 sign-ins a second at most, as a morning at the office
    duration=$((ramp + STEADY))
    "$JCMD" "$APP" GC.run > /dev/null
    "$JSTAT" -gc "$APP" 5000 > "$OUT/$name.jstat" &
    local jstat=$! start rc=0
    start=$(date +%s)
    BASE_URL="http://127.0.0.1:$PORT" scripts/loadtest.sh --run -Dmode="$mode" -Dusers="$users" -Dramp="$ramp" -Dduration="$duration" \
        -Dusername="$KLANTREGISTRATIE_INITIAL_USER_USERNAME" -Dpassword="$KLANTREGISTRATIE_INITIAL_USER_PASSWORD" \
        -Dheads="$PWD/$OUT/heads.csv" -Dcontacts="$PWD/$OUT/contacts.csv" > "$OUT/$name.log" 2>&1 &
    local gatling=$! now app_from=0 app_until=0 gatling_from=0 gatling_until=0
    # CPU of the steady part only: ticks read as it starts and as it ends
    while kill -0 "$gatling" 2> /dev/null; do
        now=$(($(date +%s) - start))
        if [ "$now" -ge "$ramp" ] && [ "$app_from" = 0 ]; then
            app_from=$(ticks "$APP") gatling_from=$(ticks "$gatling" 2> /dev/null || echo 0)
        fi
        if [ "$now" -ge "$duration" ] && [ "$app_until" = 0 ]; then
            app_until=$(ticks "$APP") gatling_until=$(ticks "$gatling" 2> /dev/null || echo 0)
        fi
        sleep 1
    done
    wait "$gatling" || rc=$?
    kill "$jstat" 2> /dev/null || true
    {
        echo "== $mode, $users users (ramp ${ramp} s, then all at work for ${STEADY} s); gatling rc=$rc"
        sed -n '/^action (ms)/,/^steady part/p' "$OUT/$name.log"
        grep -m1 -A0 'request count' "$OUT/$name.log" || true
        awk -v hz="$HZ" -v t="$((app_until - app_from))" -v g="$((gatling_until - gatling_from))" -v s="$STEADY" \
            -v cores="$(nproc)" 'BEGIN { printf "CPU while all users work (%d s): application %.2f cores, Gatling %.2f cores (of %d)\n",
                s, t / hz / s, g / hz / s, cores }'
        # jstat -gc every 5 s: S0U S1U EU OU are columns 3 4 6 8 (KB), GCT the last; the steady part's lines
        awk -v from="$((ramp / 5))" -v until="$((duration / 5))" 'NR > 1 && $1 ~ /^[0-9.]+$/ && NR - 2 >= from && NR - 2 <= until {
                 used = ($3 + $4 + $6 + $8) / 1024; if (used > max) max = used; old = $8 / 1024; if (old > maxold) maxold = old
                 gct = $NF; if (first == "") first = gct }
             END { printf "heap while all users work: used at most %.0f MB, old generation at most %.0f MB; GC time %.1f s\n",
                 max, maxold, gct - first }' "$OUT/$name.jstat"
        echo
    } | tee -a "${REPORT:-$OUT/report.txt}"
}

{
    echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)," \
        "$("$JAVA" -version 2>&1 | head -1), $JAR ($APP_HEAP), MariaDB $(mariadb "${BENCH[@]}" -N -B -e 'SELECT VERSION()')"
    echo "data: $ROWS registrations, $HEADS hoofden with 2 volgers each; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
} | tee "$OUT/report.txt"
WARMUP=${WARMUP:-50}
log "warming up ($WARMUP users for about a minute, not counted)"
STEADY=30 REPORT=/dev/null run work "$WARMUP" > /dev/null
for users in $USER_COUNTS; do
    run work "$users"
    run baseline "$users"
done
awk '/^== work/ { users = $3; next } /^== / { users = 0 } /^action \(ms\)/ { table = 1; next } /^steady part/ { table = 0 }
     users && table && $NF != "(ramp)" && $(NF - 2) + 0 > 100 && knee == "" { knee = users; action = $0 }
     END { print (knee == "" ? "knee: p95 stayed at or under 100 ms for every action at every user count" \
         : "knee: at " knee " users an action'"'"'s p95 passed 100 ms first: " action) }' "$OUT/report.txt" | tee -a "$OUT/report.txt"
