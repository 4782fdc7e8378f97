# Sourced by bench.sh, startup.sh and floor.sh: the recommended JVM options (README "Start-up and memory", the same as
# deploy/Dockerfile's ENTRYPOINT), unless JAVA_OPTS is set. The archive is the one src/bench/train.sh records in
# target/quarkus-app, which is why the scripts start the JVM there.
RECOMMENDED_JAVA_OPTS="-Xmx256m -XX:+UseSerialGC -XX:SharedArchiveFile=app-cds.jsa -XX:+ExitOnOutOfMemoryError \
-XX:TrimNativeHeapInterval=5000"
JAVA_OPTS=${JAVA_OPTS-$RECOMMENDED_JAVA_OPTS}
