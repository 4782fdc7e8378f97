#!/usr/bin/env bash
# Benchmark of the report pages at "small" (demo), "short" and "large" (generated) scale: throughput with wrk
# (closed loop), latency at a constant rate of 50% of each page's own maximum with openload.mjs (open loop), the
# report's SQL alone with pgbench, start-up time and resident memory. Prints two tables and writes them to
# $OUT/bench-results.md.
# Before measuring, every page is warmed up in turn for WARMUP seconds, ROUNDS times: on two cores the JIT compiler
# needs minutes before the app runs at its speed, and a page measured cold mostly measures the compiler. The apps of
# all scales run side by side and each page is measured at every scale in turn, so that the ratios compare
# measurements minutes apart, not a quarter of an hour; every other pass takes the scales in the opposite order (see
# ORDER below). The maximum is measured MEASURES times that way (every page at every scale, then again) and its
# median taken: one 10-second run on a shared machine can be a quarter off. The latency is measured LATENCIES times
# the same way and the run with the median p99 reported (of an even number, the higher of the two in the middle),
# with all p99s beside it (p99s=): a stall of the machine (seen at all three scales at once, in separate JVMs) lasts
# about a minute.
# Usage: src/bench/bench.sh   (env: SCALES="small short large" CONNS=16 SECONDS_RUN=10 WARMUP=10 ROUNDS=5 MEASURES=4
#        LATENCIES=4 OUT=target/bench SETTLE=15 JAVA_OPTS=<the recommended options of README "Performance">)
# The app runs in target/quarkus-app with the recommended options, so that the AppCDS archive of src/bench/train.sh
# applies (the app is packaged when missing, the archive recorded when older than the app).
set -euo pipefail
cd "$(dirname "$0")/../.."
SCALES=${SCALES:-"small short large"}
CONNS=${CONNS:-16}
SECONDS_RUN=${SECONDS_RUN:-10}
WARMUP=${WARMUP:-10}
ROUNDS=${ROUNDS:-5}
MEASURES=${MEASURES:-4}
LATENCIES=${LATENCIES:-4}
OUT=${OUT:-target/bench}
PORT=${PORT:-18080}
JAR=target/quarkus-app/quarkus-run.jar
mkdir -p "$OUT"
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
src/bench/train.sh
. src/bench/common.sh
command -v wrk >/dev/null || apt-get install -y wrk
command -v pgbench >/dev/null || apt-get install -y postgresql-client
command -v node >/dev/null || apt-get install -y nodejs
export TERMBOARD_ADMIN_PASSWORD=${TERMBOARD_ADMIN_PASSWORD:-bench-admin-pw}
export QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=${QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY:-bench-only-session-key-0123456789}
RESULTS="$OUT/results.tsv"
: > "$RESULTS"

# A generated database, made afresh on every run (the POST adds entries; KEEP_DATA=1 keeps it): "large" of issue 12
# (10 groups × 20 terms: ten years), and "short", the same groups and term shape with 4 terms (two years), so that
# large ÷ short is the same pages' cost as years of history pile up behind them.
generate() { # scale terms
    [ -d "$OUT/pg-$1" ] && [ "${KEEP_DATA:-0}" = 1 ] && return
    rm -rf "$OUT/pg-$1"
    TERMBOARD_EMBEDDED_DB_DIR="$OUT/pg-$1" java -jar "$JAR" generate --groups 10 --terms "$2" --objectives 8 \
        --kpis 5 --weeks 26 --reviewers 5 --cycles 3 --seed 42 > "$OUT/generate-$1.log" 2>&1
    grep -o 'Generated .*' "$OUT/generate-$1.log"
}

# Per scale: the app's port, process and database port, the cookies and the ids of the pages measured.
declare -A APP_PORT APP_PID PG_PORT WATCH COOKIE PRESIDENT_COOKIE PRESIDENT_CSRF GROUP IDS SCORECARD COMPARE KPI START STARTUP MAXES \
    OPENS PASSWORD PRESIDENT
# The embedded PostgreSQL accepts only the password it keeps in its data directory (system/EmbeddedCredentials).
pgpw() { cat "$OUT/pg-$1/termboard-password"; }
sql() { PGPASSWORD=$(pgpw "$1") psql -h localhost -p "${PG_PORT[$1]}" -U postgres -d postgres -Atq -c "$2"; }

login() { # scale user password -> the Cookie header value: the form session and its server-side session's id
    curl -s -o /dev/null -D - --data-urlencode "j_username=$2" --data-urlencode "j_password=$3" \
        "http://localhost:${APP_PORT[$1]}/j_security_check" \
        | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \(termboard-s[a-z]*=[^;]*\).*/\1/p' | paste -sd';' - | sed 's/;/; /g'
}

rss_watch() { # scale pid: samples the app's resident memory (KB) into $OUT/rss-SCALE until the app ends
    while kill -0 "$2" 2>/dev/null; do ps -o rss= -p "$2" >> "$OUT/rss-$1" || true; sleep 1; done
}

median_max() { # scale/name: the median of the maxima measured for that page at that scale
    tr ' ' '\n' <<< "${MAXES[$1]}" | grep . | median
}

measure() { # warm|max|latency|report scale name path [json-body]
    local mode=$1 scale=$2 name=$3 path=$4 body=${5:-} url="http://localhost:${APP_PORT[$2]}$4" script=() max open runs
    if [ -n "$body" ]; then
        export CSRF_TOKEN=${PRESIDENT_CSRF[$scale]} # a POST on the session carries its token (openload.mjs too)
        printf 'wrk.method = "POST"\nwrk.body = [[%s]]\nwrk.headers["Content-Type"] = "application/json"\n' "$body" \
            > "$OUT/post.lua"
        printf 'wrk.headers["X-CSRF-Token"] = "%s"\n' "$CSRF_TOKEN" >> "$OUT/post.lua"
        script=(-s "$OUT/post.lua")
        cookie=${PRESIDENT_COOKIE[$scale]}
    else
        cookie=${COOKIE[$scale]}
    fi
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" \
        ${body:+-H 'Content-Type: application/json' -H "X-CSRF-Token: $CSRF_TOKEN" -d "$body"} "$url")
    [[ $status == 2* ]] || { echo "$name: $url answered $status" >&2; exit 1; }
    case $mode in
        warm)
            wrk -t2 -c"$CONNS" -d"${WARMUP}s" "${script[@]}" -H "Cookie: $cookie" "$url" > /dev/null
            return ;;
        max) # one more measurement of the maximum, kept with the others of the page at this scale
            max=$(wrk -t2 -c"$CONNS" -d"${SECONDS_RUN}s" "${script[@]}" -H "Cookie: $cookie" "$url" \
                | tee "$OUT/wrk-$scale-$name.txt" | awk '/Requests\/sec/ { print $2 }')
            grep -q 'Non-2xx' "$OUT/wrk-$scale-$name.txt" && { echo "$name: non-2xx answers under load" >&2; exit 1; }
            MAXES[$scale/$name]="${MAXES[$scale/$name]:-} $max"
            return ;;
        latency) # one more run at a constant rate of half of the median maximum, kept with the others
            max=$(median_max "$scale/$name")
            open=$(WARM=3 node src/bench/openload.mjs "$url" \
                "$(awk -v m="$max" 'BEGIN { r = m / 2; print (r < 1 ? 1 : r) }')" "$SECONDS_RUN" "$cookie" "$body")
            OPENS[$scale/$name]="${OPENS[$scale/$name]:-}$open|"
            return ;;
    esac
    # report: the median of the maxima, and of the latency runs the one with the median p99 (the others' p99 beside)
    max=$(median_max "$scale/$name")
    runs=$(tr '|' '\n' <<< "${OPENS[$scale/$name]}" | grep .)
    open=$(sed -n 's/.* p99=\([0-9.]*\) .*/\1\t&/p' <<< "$runs" | sort -g \
        | awk -F'\t' '{ v[NR] = $2 } END { print v[int(NR / 2) + 1] }')
    open="$open p99s=$(sed 's/.* p99=\([0-9.]*\) .*/\1/' <<< "$runs" | paste -sd, -)"
    # The size of one answer (wrk: "N requests in T, S read"), as a report's cost follows its own size.
    kb=$(awk '/requests in/ { n = $1; match($5, /^[0-9.]+/); v = substr($5, 1, RLENGTH); u = substr($5, RLENGTH + 1)
        f = u == "GB" ? 1048576 : u == "MB" ? 1024 : u == "KB" ? 1 : 1 / 1024; printf "%.1f", v * f / n }' \
        "$OUT/wrk-$scale-$name.txt")
    printf '%s\t%s\t%s\t%s kb=%s maxima=%s\n' "$scale" "$name" "$max" "$open" "$kb" \
        "$(sed 's/^ //; s/ /,/g' <<< "${MAXES[$scale/$name]}")" | tee -a "$RESULTS"
}

start_app() { # scale port: starts the app on the scale's database and records its start-up and the pages' ids
    local scale=$1 dir="$OUT/pg-$1" extra=() pw group launched ready started dbstart president
    [ "$scale" = small ] && [ "${KEEP_DATA:-0}" != 1 ] && rm -rf "$dir"
    case $scale in
        large) generate large 20; pw=$TERMBOARD_ADMIN_PASSWORD; group=G01 ;;
        short) generate short 4; pw=$TERMBOARD_ADMIN_PASSWORD; group=G01 ;;
        small) pw=demo; group=DPBG; extra=(env TERMBOARD_DEMO=true) ;;
        *) echo "unknown scale $scale (small, short, large)" >&2; exit 2 ;;
    esac
    APP_PORT[$scale]=$2
    : > "$OUT/rss-$scale"
    # Another process on the port would be taken for this app (as src/bench/startup.sh checks too).
    ! curl -s -o /dev/null "http://localhost:$2/" || { echo "port $2 is in use: stop what listens there" >&2; exit 1; }
    launched=$(date +%s.%N)
    # shellcheck disable=SC2086 # JAVA_OPTS (e.g. "-Xmx256m") is split on purpose
    (db=$(realpath -m "$dir") && cd target/quarkus-app && exec "${extra[@]}" env TERMBOARD_EMBEDDED_DB_DIR="$db" \
        java ${JAVA_OPTS} -Dquarkus.http.port="$2" -Dquarkus.management.port="$(($2 + 1000))" -jar quarkus-run.jar) \
        > "$OUT/app-$scale.log" 2>&1 &
    APP_PID[$scale]=$!
    # Health is on the management port (application.properties "Operations"), here the app's port + 1000.
    until curl -sf -o /dev/null "http://localhost:$(($2 + 1000))/q/health/ready"; do
        kill -0 "${APP_PID[$scale]}" || { tail -30 "$OUT/app-$scale.log"; exit 1; }; sleep 0.2
    done
    ready=$(awk -v a="$launched" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    started=$(grep -o 'started in [0-9.]*s' "$OUT/app-$scale.log" | head -1 | grep -o '[0-9.]*')
    # Quarkus counts from the JVM's start, so its figure includes the embedded PostgreSQL's own start.
    dbstart=$(grep -o 'PostgreSQL started in [0-9.]*' "$OUT/app-$scale.log" | head -1 | grep -o '[0-9.]*$')
    STARTUP[$scale]=$(awk -v r="$ready" -v a="$started" -v b="$dbstart" \
        'BEGIN { printf "ready=%ss quarkus=%ss database=%ss without-database=%.2fs", r, a, b, a - b }')
    PG_PORT[$scale]=$(grep -o 'jdbc:postgresql://localhost:[0-9]*' "$OUT/app-$scale.log" | head -1 | sed 's/.*://')
    rss_watch "$scale" "${APP_PID[$scale]}" & WATCH[$scale]=$!
    GROUP[$scale]=$group
    PASSWORD[$scale]=$pw
    IDS[$scale]=$(sql "$scale" "SELECT string_agg(t.id::text, ',' ORDER BY t.start_date) FROM term t JOIN business_group g ON g.id = t.group_id WHERE g.code = '$group'")
    SCORECARD[$scale]=$(sql "$scale" "SELECT t.id FROM term t JOIN business_group g ON g.id = t.group_id WHERE g.code = '$group' AND t.end_date < current_date ORDER BY t.start_date DESC LIMIT 1")
    COMPARE[$scale]=$(sql "$scale" "SELECT string_agg(id::text, ',') FROM (SELECT t.id, row_number() OVER (PARTITION BY t.group_id ORDER BY t.start_date DESC) AS n FROM term t WHERE t.start_date <= current_date AND t.group_id IN (SELECT id FROM business_group ORDER BY code LIMIT 2)) x WHERE n <= 3")
    read -r president "KPI[$scale]" "START[$scale]" < <(sql "$scale" "SELECT u.username, (SELECT k.id FROM kpi k JOIN objective o ON o.id = k.objective_id WHERE o.term_id = t.id ORDER BY k.id LIMIT 1), t.start_date FROM term t JOIN business_group g ON g.id = t.group_id JOIN app_user u ON u.id = t.president_id WHERE g.code = '$group' AND current_date BETWEEN t.start_date AND t.end_date" | tr '|' ' ')
    PRESIDENT[$scale]=$president
    sign_in "$scale"
}

sign_in() { # scale: fresh cookies for the admin and the president (the form cookie lasts 30 minutes, a run longer)
    COOKIE[$1]=$(login "$1" admin "${PASSWORD[$1]}")
    PRESIDENT_COOKIE[$1]=$(login "$1" "${PRESIDENT[$1]}" "${PASSWORD[$1]}")
    PRESIDENT_CSRF[$1]=$(curl -s -H "Cookie: ${PRESIDENT_COOKIE[$1]}" "http://localhost:${APP_PORT[$1]}/" \
        | sed -n 's/.*<meta name="csrf-token" content="\([^"]*\)".*/\1/p' | head -1)
}

pages() { # warm|max|latency|report [reversed]: every page, each at every scale in turn, so that a ratio compares
    # neighbouring minutes; with "reversed", the scales in the opposite order (see ORDER below)
    local scale order=$SCALES
    [ "${2:-}" = reversed ] && order=$(tr ' ' '\n' <<< "$SCALES" | grep . | tac | paste -sd' ' -)
    for scale in $order; do sign_in "$scale"; done
    for scale in $order; do measure "$1" "$scale" groups /groups; done
    for scale in $order; do measure "$1" "$scale" scorecard "/terms/${SCORECARD[$scale]}"; done
    for scale in $order; do measure "$1" "$scale" group-history "/reports/groups/${GROUP[$scale]}"; done
    for scale in $order; do measure "$1" "$scale" compare-6 "/reports/compare?terms=${COMPARE[$scale]}"; done
    for scale in $order; do measure "$1" "$scale" dashboard /; done
    for scale in $order; do
        measure "$1" "$scale" progress-post "/api/kpis/${KPI[$scale]}/progress" \
            "{\"asOf\":\"${START[$scale]}\",\"value\":1.5,\"comment\":\"bench\",\"confidence\":3}"
    done
}

# Every scale's app runs from the start to the end (one at a time would compare minutes far apart on a machine whose
# speed drifts); each starts once the one before has settled (its JIT compiler goes on for seconds after ready), and
# only one is under load at any time.
trap 'kill "${APP_PID[@]}" 2>/dev/null || true' EXIT
port=$PORT
for scale in $SCALES; do start_app "$scale" "$port"; port=$((port + 1)); sleep "${SETTLE:-15}"; done
for _ in $(seq "$ROUNDS"); do pages warm; done
# ORDER: every other pass runs the scales in the opposite order, and MEASURES and LATENCIES are even by default, so
# that neither scale is always measured right after the other. With "small large" (small always first) one run
# measured large ÷ small 0.80 to 0.98 for the four reports, with "large small" another 0.93 to 1.13; a run with both
# orders then showed no steady effect (single passes 0.70 to 1.09 either way), but nothing is lost by balancing.
order() { (($1 % 2)) && echo forward || echo reversed; }
for i in $(seq "$MEASURES"); do pages max "$(order "$i")"; done
for i in $(seq "$LATENCIES"); do pages latency "$(order "$i")"; done
pages report
for scale in $SCALES; do
    floor=$(PGPASSWORD=$(pgpw "$scale") pgbench -h localhost -p "${PG_PORT[$scale]}" -U postgres -n -M prepared -c "$CONNS" \
        -j 2 -T "$SECONDS_RUN" -D code="${GROUP[$scale]}" -D ids="{${IDS[$scale]}}" -f src/bench/group-history.sql \
        postgres 2>&1 | awk '/^tps/ { print $3 }')
    printf '%s\tgroup-history-sql\t%s\trate=- ok=- errors=- p50=- p90=- p99=- p999=- max=-\n' "$scale" "$floor" \
        | tee -a "$RESULTS"
done
for scale in $SCALES; do
    kill "${APP_PID[$scale]}"; wait "${APP_PID[$scale]}" 2>/dev/null || true
    kill "${WATCH[$scale]}" 2>/dev/null || true
    rss=$(sort -n "$OUT/rss-$scale" | tail -1)
    printf '%s\tstartup\t%s rss_max=%sMB\n' "$scale" "${STARTUP[$scale]}" "$((rss / 1024))" | tee -a "$RESULTS"
done
python3 src/bench/table.py "$RESULTS" | tee "$OUT/bench-results.md"
