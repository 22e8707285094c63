#!/usr/bin/env bash
# Makes the JDK AOT cache (JEP 483/514) for the production jar: one training run that starts the
# application with Spring AOT up to the end of its context refresh and exits; the JVM then writes
# the classes it loaded and linked, and their profile, to the cache. The Dockerfile and
# scripts/startup-benchmark.sh both use it (docs/decisions/0020-startup.md).
#
#   scripts/aot-cache.sh <extracted app jar> <cache file>
#
# The jar must be extracted first (java -Djarmode=tools -jar app.jar extract): an AOT cache needs
# a class path of plain jar files. The training run uses an H2 database in memory, so no MariaDB is
# needed where the image is built; the classes of the MariaDB driver then load at run time as usual.
# Start the application with the same java and: -XX:AOTCache=<cache file> -Dspring.aot.enabled=true
set -euo pipefail
APP_JAR=$1
CACHE=$2
JAVA=${JAVA:-java}
# A training run must not touch a real database or send anything: H2 in memory, no mail server.
"$JAVA" -XX:AOTCacheOutput="$CACHE" -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
    -Dspring.profiles.active=mariadb \
    '-Dspring.datasource.url=jdbc:h2:mem:aot-training;DB_CLOSE_DELAY=-1' \
    -Dspring.datasource.driver-class-name=org.h2.Driver \
    -Dspring.datasource.username=sa -Dspring.datasource.password= \
    -Dspring.flyway.user=sa -Dspring.flyway.password= \
    '-Dspring.datasource.hikari.connection-init-sql=SELECT 1' \
    -Dspring.mail.host= \
    -jar "$APP_JAR" > "$CACHE.training.log" 2>&1 \
    || { tail -40 "$CACHE.training.log" >&2; exit 1; }
rm -f "$CACHE.training.log"
