#!/usr/bin/env bash
# The bell's statement (notify/Inbox: SELECT count(*) FROM notification WHERE user_id = ? AND read_at IS NULL), run on
# every page of a logged-in user, as notifications pile up: the packaged app on a fresh embedded database with the
# demo data, USERS extra users with PER_USER notifications each (UNREAD of them unread), then pgbench on the
# statement for random users. Prints the table size and pgbench's latency and rate.
# Usage: src/bench/unread.sh   (env: USERS=2000 PER_USER=500 UNREAD=20 CONNS=8 SECONDS_RUN=15 OUT=target/bench-unread)
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/common.sh
USERS=${USERS:-2000}
PER_USER=${PER_USER:-500}
UNREAD=${UNREAD:-20}
CONNS=${CONNS:-8}
SECONDS_RUN=${SECONDS_RUN:-15}
OUT=${OUT:-target/bench-unread}
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
command -v pgbench >/dev/null || apt-get install -y postgresql-client
rm -rf "$OUT" && mkdir -p "$OUT"
TERMBOARD_DEMO=true TERMBOARD_EMBEDDED_DB_DIR="$OUT/pg" QUARKUS_HTTP_PORT=0 QUARKUS_MANAGEMENT_PORT=0 \
    TERMBOARD_REMINDERS_TIME=off java -jar "$JAR" > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q 'Listening on' "$OUT/app.log" && break; sleep 1; done
PORT=$(grep -o 'jdbc:postgresql://localhost:[0-9]*' "$OUT/app.log" | head -1 | sed 's/.*://')
export PGPASSWORD
PGPASSWORD=$(cat "$OUT/pg/termboard-password")
psql() { command psql -h localhost -p "$PORT" -U postgres -d postgres -Atq "$@"; }
psql -c "INSERT INTO app_user (username, display_name, password_hash)
         SELECT 'bench' || u, 'Bench ' || u, 'x' FROM generate_series(1, $USERS) u"
psql -c "INSERT INTO notification (user_id, kind, subject_type, subject_id, link, reminder_day, created_at, read_at, mail)
         SELECT u.id, 'PROGRESS_DUE', 'term', n, '/terms/' || n || '/progress', DATE '2020-01-01' + n,
                now() - (n || ' hours')::interval, CASE WHEN n > $UNREAD THEN now() END, 'NONE'
         FROM app_user u CROSS JOIN generate_series(1, $PER_USER) n WHERE u.username LIKE 'bench%'"
psql -c "ANALYZE notification"
ROWS=$(psql -c "SELECT count(*) FROM notification")
SIZE=$(psql -c "SELECT pg_size_pretty(pg_total_relation_size('notification'))")
MIN=$(psql -c "SELECT min(id) FROM app_user WHERE username LIKE 'bench%'")
MAX=$(psql -c "SELECT max(id) FROM app_user WHERE username LIKE 'bench%'")
PLAN=$(psql -c "EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM notification WHERE user_id = $MIN AND read_at IS NULL")
cat > "$OUT/unread.sql" <<SQL
\set u random($MIN, $MAX)
SELECT count(*) FROM notification WHERE user_id = :u AND read_at IS NULL;
SQL
RESULT=$(pgbench -h localhost -p "$PORT" -U postgres -n -M prepared -c "$CONNS" -j 2 -T "$SECONDS_RUN" \
    -f "$OUT/unread.sql" postgres 2>&1 | grep -E 'latency average|tps')
{
    echo "notification rows: $ROWS ($SIZE with indexes), $USERS users x $PER_USER, $UNREAD unread each"
    echo "$PLAN" | grep -E 'Index|Execution Time|Buffers' | sed 's/^ */  /'
    echo "pgbench, $CONNS connections, ${SECONDS_RUN}s:"
    echo "$RESULT" | sed 's/^/  /'
} | tee "$OUT/result.txt"
