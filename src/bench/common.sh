# Sourced by bench.sh, startup.sh and floor.sh (from the project's root).
# The recommended JVM options (docs/performance.md "Start-up and memory", the same as deploy/Dockerfile's ENTRYPOINT), unless
# JAVA_OPTS is set. The archive is the one src/bench/train.sh records in target/quarkus-app, which is why the scripts
# start the JVM there.
RECOMMENDED_JAVA_OPTS="-Xmx256m -XX:+UseSerialGC -XX:SharedArchiveFile=app-cds.jsa -XX:+ExitOnOutOfMemoryError \
-XX:TrimNativeHeapInterval=5000"
JAVA_OPTS=${JAVA_OPTS-$RECOMMENDED_JAVA_OPTS}

# The median of the numbers on standard input, one a line (of an even count, the mean of the two in the middle).
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
