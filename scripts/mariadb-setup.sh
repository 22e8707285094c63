#!/usr/bin/env bash
# Makes sure a MariaDB server answers on 127.0.0.1:3306 and that the databases and users of this
# project exist:
#   klantregistratie_test / klantregistratie_test  (password klantregistratie_test)  - the test suite
#   klantregistratie      / klantregistratie       (password klantregistratie)       - local trials
#                                                   of the `mariadb` profile ONLY, never production
#   klantregistratie_bench / klantregistratie_bench (password klantregistratie_bench) - the benchmarks
# Installs mariadb-server with apt-get when it is missing and starts mariadbd itself (Debian's
# package does not start it in a container). Idempotent: run it as often as you like.
# Needs root (or password-less sudo) only when it has to install or start the server.
#
# Optional environment:
#   MARIADB_ROOT_PASSWORD  root password for 127.0.0.1, when root cannot log in through the socket
#   MARIADB_WAIT_SECONDS   how long to wait for a freshly started server (default 60)
set -euo pipefail

readonly HOST=127.0.0.1
readonly PORT=3306
readonly MARIADBD=/usr/sbin/mariadbd
readonly DATADIR=/var/lib/mysql
readonly ERROR_LOG=/var/log/mysql/error.log
readonly WAIT_SECONDS="${MARIADB_WAIT_SECONDS:-60}"

log() { printf '[mariadb-setup] %s\n' "$*"; }
die() { printf '[mariadb-setup] ERROR: %s\n' "$*" >&2; exit 1; }

# True when we may run commands as root: we are root, or password-less sudo works.
can_root() {
    [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }
}

# Runs a command as root: directly when we are root, otherwise through password-less sudo.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif can_root; then
        sudo -n "$@"
    else
        die "root rights needed for: $*"
    fi
}

# True when the server answers on 127.0.0.1:3306 or on its socket. `mysqladmin ping` exits 0
# whenever the server answers, even when it refuses the root login - but only without TLS: with TLS
# a refusal before the handshake (e.g. "Host '127.0.0.1' is not allowed") counts as a client error.
# That the server really listens on 127.0.0.1:3306 is proven by the TCP login at the end.
tcp_ping() {
    mysqladmin --skip-ssl --protocol=TCP -h"$HOST" -P"$PORT" -uroot --connect-timeout=2 ping \
        >/dev/null 2>&1
}

socket_ping() {
    mysqladmin -uroot --connect-timeout=2 ping >/dev/null 2>&1
}

server_answers() {
    command -v mysqladmin >/dev/null 2>&1 && { tcp_ping || socket_ping; }
}

install_server() {
    log "installing mariadb-server with apt-get"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        mariadb-server mariadb-client
}

start_server() {
    as_root install -d -o mysql -g mysql -m 0755 /run/mysqld
    as_root install -d -o mysql -g mysql -m 0750 "$(dirname "$ERROR_LOG")"
    if [ ! -d "$DATADIR/mysql" ]; then
        log "initialising an empty data directory $DATADIR"
        as_root mariadb-install-db --user=mysql --datadir="$DATADIR" >/dev/null
    fi
    log "starting $MARIADBD (log: $ERROR_LOG)"
    as_root start-stop-daemon --start --oknodo --background --exec "$MARIADBD" -- \
        --user=mysql --log-error="$ERROR_LOG"
}

wait_for_server() {
    local waited=0
    until server_answers; do
        if [ "$waited" -ge "$WAIT_SECONDS" ]; then
            if can_root; then as_root tail -n 40 "$ERROR_LOG" >&2 || true; fi
            die "MariaDB does not answer on $HOST:$PORT after ${WAIT_SECONDS}s"
        fi
        sleep 1
        waited=$((waited + 1))
    done
    log "server answers (after ${waited}s)"
}

ensure_server() {
    if server_answers; then
        log "server already runs"
        return
    fi
    if [ ! -x "$MARIADBD" ]; then
        install_server
        # Outside a container the package may have started the server itself.
        if server_answers; then
            log "server runs"
            return
        fi
    fi
    start_server
    wait_for_server
}

# Sets ADMIN to a client command line that may create databases and users: root through the
# socket first (Debian's default authentication), then root over TCP.
ADMIN=()
find_admin() {
    if can_root && as_root mariadb -uroot -e 'SELECT 1' >/dev/null 2>&1; then
        if [ "$(id -u)" -eq 0 ]; then ADMIN=(mariadb -uroot); else ADMIN=(sudo -n mariadb -uroot); fi
        return
    fi
    local tcp=(mariadb --protocol=TCP -h"$HOST" -P"$PORT" -uroot)
    if [ -n "${MARIADB_ROOT_PASSWORD:-}" ]; then
        tcp+=("--password=$MARIADB_ROOT_PASSWORD")
    fi
    if "${tcp[@]}" -e 'SELECT 1' >/dev/null 2>&1; then
        ADMIN=("${tcp[@]}")
        return
    fi
    die "cannot log in to MariaDB as root (neither through the socket nor over TCP; set MARIADB_ROOT_PASSWORD?)"
}

# database, user, password: the database in utf8mb4 and the user on every host the tests may
# arrive from, with all rights on that database only.
ensure_database_and_user() {
    local db="$1" user="$2" password="$3" host
    local sql="CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    for host in localhost 127.0.0.1 %; do
        sql+="
CREATE USER IF NOT EXISTS '$user'@'$host' IDENTIFIED BY '$password';
ALTER USER '$user'@'$host' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$user'@'$host';"
    done
    "${ADMIN[@]}" -e "$sql"
    # Prove that the user can log in over TCP, as the application and the tests do.
    mariadb --protocol=TCP -h"$HOST" -P"$PORT" -u"$user" --password="$password" "$db" \
        -e 'SELECT 1' >/dev/null || die "user $user cannot log in to $db on $HOST:$PORT"
    log "database $db and user $user are ready"
}

ensure_server
find_admin
ensure_database_and_user klantregistratie_test klantregistratie_test klantregistratie_test
ensure_database_and_user klantregistratie klantregistratie klantregistratie
# the benchmarks' own database (docs/benchmarks.md), which they drop and fill as they need
ensure_database_and_user klantregistratie_bench klantregistratie_bench klantregistratie_bench
log "MariaDB $("${ADMIN[@]}" -N -B -e 'SELECT VERSION()') is ready on $HOST:$PORT"
