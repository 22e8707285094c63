#!/usr/bin/env bash
# A 3-node MariaDB Galera cluster on loopback addresses of this machine, for the failover test
# (scripts/failover-test.sh) and for trying the migrations on Galera; no containers needed.
#
#   scripts/galera-cluster.sh start    bootstrap node 1, join nodes 2 and 3 (rsync SST), create the
#                                      database and user klantregistratie / klantregistratie
#   scripts/galera-cluster.sh stop     stop the nodes this script started
#   scripts/galera-cluster.sh kill N   kill node N at once (SIGKILL), as a machine that dies
#   scripts/galera-cluster.sh status   the cluster size and state each node reports
#
# Node N listens for SQL on 127.0.0.1:331N, for Galera on 457N (IST 458N, SST 459N). The
# configuration per node is written from deploy/galera/node.cnf.template, the same settings as the
# production nodes of deploy/galera/. Data lives in $GALERA_DIR (default /tmp/klantregistratie-galera)
# and is removed by `start`, so every run begins with an empty cluster.
# Installs galera-4 and rsync with apt-get when they are missing. Run as root; the nodes run as the
# mysql user, as Debian's own server does (the rsync state transfer needs that).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly DIR="${GALERA_DIR:-/tmp/klantregistratie-galera}"
readonly TEMPLATE=deploy/galera/node.cnf.template
readonly NODES=(1 2 3)
readonly WAIT_SECONDS="${GALERA_WAIT_SECONDS:-90}"

log() { printf '[galera] %s\n' "$*"; }
die() { printf '[galera] ERROR: %s\n' "$*" >&2; exit 1; }

port() { echo $((3310 + $1)); }

sql() {
    local node=$1
    shift
    mariadb --protocol=TCP -h127.0.0.1 -P"$(port "$node")" -uroot -N -B "$@"
}

ensure_packages() {
    local missing=()
    [ -f /usr/lib/galera/libgalera_smm.so ] || missing+=(galera-4)
    command -v rsync >/dev/null 2>&1 || missing+=(rsync)
    command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing ${missing[*]} with apt-get"
        DEBIAN_FRONTEND=noninteractive apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
    fi
}

configure() {
    local node=$1 cnf="$DIR/node$1/my.cnf"
    mkdir -p "$DIR/node$node/data"
    sed -e "s|@NODE@|$node|g" -e "s|@DIR@|$DIR/node$node|g" -e "s|@PORT@|$(port "$node")|g" \
        -e "s|@GALERA_PORT@|$((4570 + node))|g" -e "s|@IST_PORT@|$((4580 + node))|g" \
        -e "s|@SST_PORT@|$((4590 + node))|g" "$TEMPLATE" >"$cnf"
    chown -R mysql:mysql "$DIR/node$node"
    mariadb-install-db --defaults-file="$cnf" --user=mysql --auth-root-authentication-method=normal \
        --skip-test-db >"$DIR/node$node/install.log" 2>&1 || die "mariadb-install-db failed for node $node (see $DIR/node$node/install.log)"
}

launch() {
    local node=$1
    shift
    /usr/sbin/mariadbd --defaults-file="$DIR/node$node/my.cnf" --user=mysql "$@" >>"$DIR/node$node/mariadbd.out" 2>&1 &
    echo $! >"$DIR/node$node/pid"
}

wait_synced() {
    local node=$1 state
    for _ in $(seq 1 $((WAIT_SECONDS * 2))); do
        state="$(sql "$node" -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" || true
        [ "$state" = "Synced" ] && return
        sleep 0.5
    done
    die "node $node did not reach Synced in ${WAIT_SECONDS}s (see $DIR/node$node/error.log)"
}

start() {
    ensure_packages
    stop quietly
    rm -rf "$DIR"
    for node in "${NODES[@]}"; do configure "$node"; done
    log "bootstrapping node 1 on 127.0.0.1:$(port 1)"
    launch 1 --wsrep-new-cluster
    wait_synced 1
    sql 1 -e "CREATE DATABASE klantregistratie CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
              CREATE USER 'klantregistratie'@'127.0.0.1' IDENTIFIED BY 'klantregistratie';
              GRANT ALL PRIVILEGES ON klantregistratie.* TO 'klantregistratie'@'127.0.0.1';"
    for node in 2 3; do
        log "joining node $node on 127.0.0.1:$(port "$node")"
        launch "$node"
        wait_synced "$node"
    done
    status
}

stop() {
    local node pid
    for node in "${NODES[@]}"; do
        pid="$(cat "$DIR/node$node/pid" 2>/dev/null)" || continue
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
            kill -9 "$pid" 2>/dev/null || true
        fi
        rm -f "$DIR/node$node/pid"
    done
    [ "${1:-}" = quietly ] || log "stopped"
}

kill_node() {
    local node=$1 pid
    pid="$(cat "$DIR/node$node/pid")" || die "node $node is not running"
    kill -9 "$pid"
    rm -f "$DIR/node$node/pid"
    log "killed node $node (pid $pid)"
}

status() {
    local node
    for node in "${NODES[@]}"; do
        if sql "$node" -e "SELECT 1" >/dev/null 2>&1; then
            log "node $node: $(sql "$node" -e "SHOW STATUS WHERE Variable_name IN ('wsrep_cluster_size','wsrep_local_state_comment')" | tr '\t\n' '= ')"
        else
            log "node $node: down"
        fi
    done
}

case "${1:-}" in
start) start ;;
stop) stop ;;
kill) kill_node "${2:?node number}" ;;
status) status ;;
*) die "usage: $0 start|stop|kill N|status" ;;
esac
