#!/usr/bin/env bash
# What each cache of what is kept between requests gives: src/bench/bench.sh at "large" once per configuration, the
# same packaged app with some caches sized 0 (application.properties, termboard.rendered-parts.max-bytes), each run
# on a fresh copy of one generated database. Prints each run's rows of results.tsv.
# Usage: src/bench/ab.sh [name ...]   (names below; default all; env OUT=target/bench-ab, and bench.sh's)
set -uo pipefail
cd "$(dirname "$0")/../.."
. src/bench/common.sh
export TERMBOARD_ADMIN_PASSWORD=${TERMBOARD_ADMIN_PASSWORD:-bench-admin-pw}
export QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=${QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY:-bench-only-session-key-0123456789}
OUT=${OUT:-target/bench-ab}
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
off() { for c in "$@"; do
    if [ "$c" = rendered-parts ]; then printf ' -Dtermboard.rendered-parts.max-bytes=0'
    else printf ' -Dquarkus.cache.caffeine."%s".maximum-size=0' "$c"; fi
done; }
ALL="term-scores-summarised term-scores-full scorecards report-terms handover-values rendered-parts"
declare -A OFF=(
    [on]=""
    [term-scores]="term-scores-summarised term-scores-full"
    [scorecards]="scorecards"
    [report-terms]="report-terms"
    [handover-values]="handover-values"
    [rendered-parts]="rendered-parts"
    [only-term-scores]="scorecards report-terms handover-values rendered-parts"
    [only-rendered-parts]="term-scores-summarised term-scores-full scorecards report-terms handover-values"
    [all-off]="$ALL"
)
NAMES=${*:-"on term-scores scorecards report-terms handover-values rendered-parts only-term-scores only-rendered-parts all-off"}
mkdir -p "$OUT"
if [ ! -d "$OUT/pristine" ]; then
    TERMBOARD_EMBEDDED_DB_DIR="$OUT/pristine" java -jar "$JAR" generate --groups 10 --terms 20 --objectives 8 \
        --kpis 5 --weeks 26 --reviewers 5 --cycles 3 --seed 42 > "$OUT/generate.log" 2>&1
    grep -o 'Generated .*' "$OUT/generate.log"
fi
for n in $NAMES; do
    [ -n "${OFF[$n]+x}" ] || { echo "unknown configuration $n" >&2; exit 2; }
    echo "=== $n $(date +%T)"
    rm -rf "${OUT:?}/$n"; mkdir -p "$OUT/$n"; cp -a "$OUT/pristine" "$OUT/$n/pg-large"
    # shellcheck disable=SC2086 # the sizes are separate options on purpose
    KEEP_DATA=1 SCALES=large ROUNDS=${ROUNDS:-2} MEASURES=${MEASURES:-2} LATENCIES=${LATENCIES:-1} OUT="$OUT/$n" \
        JAVA_OPTS="$RECOMMENDED_JAVA_OPTS$(off ${OFF[$n]})" src/bench/bench.sh > "$OUT/$n.log" 2>&1
    echo "rc=$? $(date +%T)"
    grep -P '^large\t' "$OUT/$n/results.tsv"
    rm -rf "$OUT/$n/pg-large"
done
