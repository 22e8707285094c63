# Production image of Klantregistratie: the production jar (Vaadin's prebuilt production bundle,
# no npm) on a JRE, talking to MariaDB. See docs/operations.md for building and running it.

# ---- build -------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build

# Maven wrapper and POM first, so the dependency download stays cached until pom.xml changes.
# (The image has no curl/wget/unzip: the wrapper then downloads Maven with Java and unpacks the
# tar.gz distribution, which works as well.)
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -B -Pproduction dependency:go-offline

COPY src/ src/
COPY frontend/ frontend/
RUN ./mvnw -B -Pproduction -DskipTests package \
    && cp target/klantregistratie-*.jar /build/app.jar

# ---- run ---------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre

RUN groupadd --system app \
    && useradd --system --gid app --home-dir /app --no-create-home --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /build/app.jar /app/app.jar

# Database and first account come from the environment at `docker run` time:
# DB_URL, DB_USER, DB_PASSWORD, KLANTREGISTRATIE_INITIAL_USER_USERNAME/_PASSWORD.
ENV SPRING_PROFILES_ACTIVE=mariadb
EXPOSE 8080
USER app

# The health endpoint answers only requests from the container itself (loopback). The JRE image
# has neither curl nor wget, so bash's /dev/tcp does the HTTP request; healthy = status 200.
HEALTHCHECK --interval=30s --timeout=10s --start-period=120s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && IFS= read -r -t 5 status <&3 && [[ $status == 'HTTP/1.1 200'* ]]"]

ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
