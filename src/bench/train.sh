#!/usr/bin/env bash
# Records target/quarkus-app/app-cds.jsa, the JVM's class archive of a whole start and a first page (docs/performance.md "Start-up
# and memory"), unless it is newer than every jar of the packaged app. Run from anywhere after ./mvnw package; the
# JVM runs in target/quarkus-app because an archive is only used with the class path it was recorded with.
# Usage: src/bench/train.sh    (env: JAVA=java)
set -euo pipefail
cd "$(dirname "$0")/../../target/quarkus-app" 2>/dev/null \
    || { echo "no target/quarkus-app: ./mvnw -B package" >&2; exit 1; }
if [ -f app-cds.jsa ] && [ -z "$(find quarkus-run.jar app lib quarkus -newer app-cds.jsa -print -quit)" ]; then
    exit 0
fi
rm -f app-cds.jsa
"${JAVA:-java}" -XX:ArchiveClassesAtExit=app-cds.jsa -Xlog:cds=error -Xlog:cds+dynamic=error \
    -Xmx256m -XX:+UseSerialGC -jar quarkus-run.jar train > train.log 2>&1 \
    || { tail -30 train.log >&2; exit 1; }
grep -o 'Training run done.*' train.log
