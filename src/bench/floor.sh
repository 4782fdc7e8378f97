#!/usr/bin/env bash
# The start-up floor: how long an app with Termboard's Quarkus extensions and nothing else of its own
# (src/bench/floor: one entity, one migration, one template) takes to start on this machine, against the packaged
# Termboard, both on the same running PostgreSQL, with the recommended JVM options and each with its own class archive
# recorded from a start and a first page. Starts alternate (floor, Termboard, floor, ...) so that both meet the same
# load on the machine. Prints per start Quarkus's "started in" (from the JVM's start; no embedded database here), the
# wall time to /q/health/ready and the JVM's CPU time until then, and the medians.
# Usage: PGPORT=<port of a running PostgreSQL, user postgres> src/bench/floor.sh   (env: PGPASSWORD=postgres RUNS=5
#        PORT=18185 JAVA_OPTS=<the recommended options of common.sh>)
# A running embedded database will do: start the app on a copy of target/bench/pg-large, take the port from its
# log ("jdbc:postgresql://localhost:<port>") and PGPASSWORD from the copy's termboard-password file. Termboard runs on that server's database "postgres" (migrated already
# when it is Termboard's own), the floor on a database "startup_floor" that the script creates.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
PORT=${PORT:-18185}
MPORT=$((PORT + 1000)) # Termboard's management port, where its /q/health is (the floor app has none)
PGPORT=${PGPORT:?set PGPORT to the port of a running PostgreSQL}
. src/bench/common.sh
FLOOR=src/bench/floor/target/quarkus-app
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "no target/quarkus-app/quarkus-run.jar: ./mvnw -B package -DskipTests" >&2; exit 1; }
! curl -s -o /dev/null "http://localhost:$PORT/" || { echo "port $PORT is in use: stop what listens there" >&2; exit 1; }
export PGPASSWORD=${PGPASSWORD:-postgres}
[ "$(psql -h localhost -p "$PGPORT" -U postgres -d postgres -Atc "SELECT count(*) FROM pg_database WHERE datname = 'startup_floor'")" = 1 ] \
    || psql -h localhost -p "$PGPORT" -U postgres -d postgres -qc "CREATE DATABASE startup_floor"
./mvnw -B -q -f src/bench/floor/pom.xml package -DskipTests
src/bench/train.sh > /dev/null
export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=$PGPASSWORD
export TERMBOARD_ADMIN_PASSWORD=${TERMBOARD_ADMIN_PASSWORD:-bench-admin-pw}
export QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=${QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY:-bench-only-session-key-0123456789}
LOG=$(mktemp /tmp/floor-log.XXXXXX)
APP=
trap '[ -n "$APP" ] && kill "$APP" 2>/dev/null; rm -f "$LOG"' EXIT

start() { # dir database [java options...]: starts the app in dir and waits until it is ready
    local dir=$1 db=$2; shift 2
    # shellcheck disable=SC2086 # JAVA_OPTS is split on purpose
    (cd "$dir" && exec env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PGPORT/$db" java "$@" \
        -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MPORT" -jar quarkus-run.jar) > "$LOG" 2>&1 &
    APP=$!
    until curl -sf -o /dev/null "http://localhost:$MPORT/q/health/ready" \
        || curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready"; do
        kill -0 "$APP" 2>/dev/null || { tail -20 "$LOG" >&2; exit 1; }; sleep 0.05
    done
}

stop() { kill "$APP"; wait "$APP" 2>/dev/null || true; APP=; }

# The floor's archive, recorded as train.sh records Termboard's: a start and its first page, then a normal exit.
if [ ! -f "$FLOOR/app-cds.jsa" ] || [ "$FLOOR/quarkus-run.jar" -nt "$FLOOR/app-cds.jsa" ]; then
    rm -f "$FLOOR/app-cds.jsa"
    start "$FLOOR" startup_floor -XX:ArchiveClassesAtExit=app-cds.jsa -Xlog:cds=error -Xlog:cds+dynamic=error \
        -Xmx256m -XX:+UseSerialGC
    curl -sf -o /dev/null "http://localhost:$PORT/" && curl -sf -o /dev/null "http://localhost:$PORT/q/openapi"
    stop
fi


echo "java: $(java -version 2>&1 | head -1); JAVA_OPTS: $JAVA_OPTS"
printf '%-4s %-10s %11s %10s %8s\n' run app started-in wall-ready jvm-cpu
rows=()
for i in $(seq "$RUNS"); do
    for app in floor termboard; do
        if [ "$app" = floor ]; then dir=$FLOOR db=startup_floor; else dir=target/quarkus-app db=postgres; fi
        launched=$(date +%s.%N)
        # shellcheck disable=SC2086
        start "$dir" "$db" $JAVA_OPTS
        wall=$(awk -v a="$launched" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
        cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$APP/stat")
        started=$(grep -o 'started in [0-9.]*s' "$LOG" | head -1 | grep -o '[0-9.]*')
        stop
        printf '%-4s %-10s %11s %10s %8s\n' "$i" "$app" "$started" "$wall" "$cpu"
        rows+=("$app $started $wall $cpu")
    done
done
for app in floor termboard; do
    printf '%-4s %-10s' median "$app"
    for col in 2 3 4; do
        printf ' %10s' "$(printf '%s\n' "${rows[@]}" | awk -v a="$app" -v c="$col" '$1 == a { print $c }' | median)"
    done
    echo
done
