#!/usr/bin/env bash
# Start-up time of the packaged app (builds nothing): starts it RUNS times on DB_DIR and prints, per run, the wall
# time from launch to /q/health/ready, Quarkus's "started in" (counted from the JVM's start, so it includes the
# embedded PostgreSQL), the embedded PostgreSQL's own start (the line TermboardMain prints) and start-up without
# it, and the CPU time the JVM used until ready (user + system, without PostgreSQL's processes: less sensitive than
# the wall times to other load on the machine); then the median of each column. Run from anywhere; the JVM runs in target/quarkus-app (an AppCDS archive or
# AOT cache there is found by a relative path, as Quarkus's build recorded it).
# Usage: DB_DIR=/tmp/startup-pg src/bench/startup.sh    (env: RUNS=5 JAVA=java JAVA_OPTS=<README "Performance"> PORT=18181)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
JAVA=${JAVA:-java}
PORT=${PORT:-18181}
MPORT=$((PORT + 1000)) # the management port, where /q/health is
DB_DIR=$(realpath "${DB_DIR:?set DB_DIR to an existing database directory, e.g. a copy of target/bench/pg-large}")
# The recommended options unless JAVA_OPTS is set; their archive is recorded (src/bench/train.sh) when missing or older
# than the app.
. src/bench/common.sh
APP_DIR=target/quarkus-app
LOG=$(mktemp /tmp/startup-log.XXXXXX)
[ -f "$APP_DIR/quarkus-run.jar" ] || { echo "no $APP_DIR/quarkus-run.jar: ./mvnw -B package -DskipTests" >&2; exit 1; }
case "$JAVA_OPTS" in *app-cds.jsa*) JAVA="$JAVA" src/bench/train.sh > /dev/null ;; esac
export TERMBOARD_ADMIN_PASSWORD=${TERMBOARD_ADMIN_PASSWORD:-bench-admin-pw}
export QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=${QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY:-bench-only-session-key-0123456789}
APP=
trap '[ -n "$APP" ] && kill "$APP" 2>/dev/null; rm -f "$LOG"' EXIT

echo "java: $("$JAVA" -version 2>&1 | head -1); JAVA_OPTS: $JAVA_OPTS; db: $DB_DIR"
printf '%-4s %10s %11s %9s %14s %8s\n' run wall-ready started-in db-start excluding-db jvm-cpu
! curl -s -o /dev/null "http://localhost:$PORT/" || { echo "port $PORT is in use: stop what listens there" >&2; exit 1; }
rows=()
for i in $(seq "$RUNS"); do
    launched=$(date +%s.%N)
    # shellcheck disable=SC2086 # JAVA_OPTS is split on purpose
    (cd "$APP_DIR" && exec env TERMBOARD_EMBEDDED_DB_DIR="$DB_DIR" "$JAVA" $JAVA_OPTS -Dquarkus.http.port="$PORT" \
        -Dquarkus.management.port="$MPORT" \
        -jar quarkus-run.jar) > "$LOG" 2>&1 &
    APP=$!
    until curl -sf -o /dev/null "http://localhost:$MPORT/q/health/ready"; do
        kill -0 "$APP" 2>/dev/null || { tail -30 "$LOG"; exit 1; }; sleep 0.05
    done
    wall=$(echo "$(date +%s.%N) - $launched" | bc)
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) / hz }' "/proc/$APP/stat")
    kill "$APP"; wait "$APP" || true; APP=
    started=$(grep -o 'started in [0-9.]*s' "$LOG" | grep -o '[0-9.]*[0-9]')
    db=$(grep -o 'embedded PostgreSQL started in [0-9.]*' "$LOG" | awk '{ print $NF }')
    db=${db:-0}
    row=$(printf '%.2f %.3f %.3f %.3f %.2f' "$wall" "$started" "$db" "$(echo "$started - $db" | bc)" "$cpu")
    rows+=("$row")
    # shellcheck disable=SC2086
    printf '%-4s %10s %11s %9s %14s %8s\n' "$i" $row
done
printf '%-4s' median
widths=(10 11 9 14 8)
for col in 1 2 3 4 5; do
    printf ' %*s' "${widths[col - 1]}" \
        "$(printf '%s\n' "${rows[@]}" | awk -v c=$col '{ print $c }' | median)"
done
echo
