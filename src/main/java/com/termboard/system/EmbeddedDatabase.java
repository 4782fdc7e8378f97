package com.termboard.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A real PostgreSQL started from the binaries on the class path, for a machine without a database server.
 * It runs before Quarkus reads its configuration, so it looks at system properties and the environment only.
 */
public final class EmbeddedDatabase {

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String DIR = "termboard.embedded-db.dir";
    /** Set by the Quarkus build while it runs the application to record an AppCDS archive or a JDK AOT cache. */
    static final String APPCDS_GENERATE = "quarkus.appcds.generate";
    private static EmbeddedServer running;
    private static boolean hooked;

    private EmbeddedDatabase() {
    }

    /** Starts the database in {@code termboard.embedded-db.dir} unless a datasource URL is configured. */
    public static synchronized void startIfNoDatasource() {
        keyForLoneDemo();
        if (setting(URL).isPresent()) {
            return; // a real server, or dev mode's restart of the same JVM after we started one
        }
        if (Boolean.getBoolean(APPCDS_GENERATE)) {
            return; // the build's AppCDS/AOT run only initialises Quarkus statically: no database, none left behind
        }
        Path dir = Path.of(setting(DIR).orElse("./data/pg")).toAbsolutePath().normalize();
        long began = System.nanoTime();
        Map<String, String> props = start(dir);
        props.forEach(System::setProperty);
        System.out.println("Termboard: embedded PostgreSQL in " + dir + " on " + props.get(URL));
        // src/bench/startup.sh subtracts this from Quarkus's "started in", which counts from the JVM's start.
        System.out.printf(Locale.ROOT, "Termboard: embedded PostgreSQL started in %.3f s%n",
                (System.nanoTime() - began) / 1e9);
    }

    /**
     * A lone demo instance without a session key gets a random one (its sessions, and the CSRF tokens derived from
     * the key, simply end with the process); several instances must share a configured one.
     */
    static void keyForLoneDemo() {
        if (setting("termboard.demo").map(Boolean::parseBoolean).orElse(false)
                && setting("quarkus.http.auth.session.encryption-key").isEmpty()) {
            System.setProperty("quarkus.http.auth.session.encryption-key", randomKey());
        }
    }

    /**
     * Starts a database in the given directory (created if missing) and returns the datasource settings, password
     * included; it is watched and started again if it dies, until {@link #stop} or the end of the JVM.
     */
    public static synchronized Map<String, String> start(Path dataDir) {
        try {
            running = EmbeddedServer.start(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
            hooked = true;
        }
        return Map.of(
                URL, running.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedCredentials.USER,
                "quarkus.datasource.password", running.password);
    }

    /** Stops the database started by {@link #start}. */
    public static synchronized void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    static Optional<String> setting(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(property.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
