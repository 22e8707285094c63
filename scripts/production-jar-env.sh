# Sourced by the scripts that start the production jar on this machine's MariaDB (start-up and
# first-screen benchmarks): the Java to use, the jar (the first argument, or target/klantregistratie-*.jar
# built with -Pproduction) and the settings it starts with. Every value can be set beforehand.
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
JAR=${1:-$(ls target/klantregistratie-*.jar | head -1)}
export SPRING_PROFILES_ACTIVE=mariadb
export DB_URL=${DB_URL:-jdbc:mariadb://127.0.0.1:3306/klantregistratie}
export DB_USER=${DB_USER:-klantregistratie}
export DB_PASSWORD=${DB_PASSWORD:-klantregistratie}
export KLANTREGISTRATIE_INITIAL_USER_USERNAME=${KLANTREGISTRATIE_INITIAL_USER_USERNAME:-beheerder}
export KLANTREGISTRATIE_INITIAL_USER_PASSWORD=${KLANTREGISTRATIE_INITIAL_USER_PASSWORD:-startup-benchmark-only}
export PORT=${PORT:-18080}

# Waits until the app started as process $1 (logging to $2) answers /login with 200; stops the script
# with the end of its log when the app stops first.
await_login() {
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)" = 200 ]; do
        if ! kill -0 "$1" 2> /dev/null; then
            echo "the app stopped; its log:" >&2
            tail -40 "$2" >&2
            exit 1
        fi
        sleep 0.05
    done
}
