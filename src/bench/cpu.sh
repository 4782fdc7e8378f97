#!/usr/bin/env bash
# CPU time per request of the app and of PostgreSQL for one page, under wrk's closed loop: less sensitive than
# requests per second to other load on a shared machine, since it counts only the work each request causes.
# Usage: src/bench/cpu.sh APP_PID URL 'COOKIE' [SECONDS=10] [CONNS=16]
# Prints: req/s, app CPU ms per request, PostgreSQL CPU ms per request (all its processes on the machine).
set -euo pipefail
pid=$1 url=$2 cookie=$3 seconds=${4:-10} conns=${5:-16}
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg() { local sum=0 p; for p in $(pgrep -x postgres); do sum=$((sum + $(ticks "$p"))); done; echo "$sum"; }
hz=$(getconf CLK_TCK)
app0=$(ticks "$pid") pg0=$(pg)
out=$(wrk -t2 -c"$conns" -d"${seconds}s" -H "Cookie: $cookie" "$url")
app1=$(ticks "$pid") pg1=$(pg)
n=$(awk '/requests in/ { print $1 }' <<< "$out")
awk -v n="$n" -v rps="$(awk '/Requests\/sec/ { print $2 }' <<< "$out")" -v a=$((app1 - app0)) -v p=$((pg1 - pg0)) \
    -v hz="$hz" 'BEGIN { printf "req/s=%s app_ms_per_request=%.2f postgres_ms_per_request=%.2f\n", rps,
    a * 1000 / hz / n, p * 1000 / hz / n }'
