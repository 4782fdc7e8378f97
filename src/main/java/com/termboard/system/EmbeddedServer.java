package com.termboard.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * One embedded PostgreSQL on a fixed data directory and port, run for durability (fsync, synchronous commit, full
 * page writes) with password authentication, and started again on the same directory and port by a watchdog thread
 * when its postmaster dies, so that the pool reconnects to the same JDBC URL without a restart of the app.
 */
final class EmbeddedServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedServer.class);
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);
    /** Backends notice the postmaster's death within a second or two; wait longer before trying regardless. */
    private static final Duration LEFTOVER_WAIT = Duration.ofSeconds(30);

    final Path dataDir;
    final String password;
    private volatile EmbeddedPostgres pg;
    private volatile boolean stopping;
    private final Thread watchdog;

    private EmbeddedServer(Path dataDir, String password, EmbeddedPostgres pg) {
        this.dataDir = dataDir;
        this.password = password;
        this.pg = pg;
        this.watchdog = new Thread(this::watch, "embedded-postgres-watchdog");
        watchdog.setDaemon(true);
    }

    /** Starts the server in {@code dataDir}: a new directory gets a password at initdb, an old one is upgraded. */
    static EmbeddedServer start(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
        Optional<String> kept = fresh ? Optional.empty() : EmbeddedCredentials.read(dataDir);
        String password = kept.orElseGet(EmbeddedCredentials::newPassword);
        EmbeddedPostgres pg;
        if (fresh) {
            // initdb wants an empty directory, so its password file lives outside it for the moment initdb runs.
            Path pwfile = Files.createTempFile("termboard-initdb-", ".pw",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(pwfile, password + "\n");
                pg = builder(dataDir, 0, password).setLocaleConfig("auth", "scram-sha-256") // after zonky's -A trust
                        .setLocaleConfig("pwfile", pwfile.toString()).setDataDirectoryCustomizer(dir -> {
                            EmbeddedCredentials.write(dataDir.resolve(EmbeddedCredentials.PASSWORD_FILE), password);
                            EmbeddedCredentials.writeHba(dataDir);
                        }).start();
            } finally {
                Files.deleteIfExists(pwfile);
            }
        } else {
            pg = builder(dataDir, 0, password).start();
            if (kept.isEmpty()) {
                EmbeddedCredentials.upgrade(pg, dataDir, password);
                System.out.println("Termboard: the embedded PostgreSQL in " + dataDir + " now requires the password "
                        + "kept in " + EmbeddedCredentials.PASSWORD_FILE + " (it trusted every local connection)");
            }
        }
        EmbeddedServer server = new EmbeddedServer(dataDir, password, pg);
        server.watchdog.start();
        return server;
    }

    /**
     * Zonky's defaults are a test's: {@code -F} (fsync off) and asynchronous commit, under which a kill of the server
     * lost acknowledged writes. A later {@code -c fsync=on} overrides {@code -F}. Directories that have a password
     * file get our pg_hba.conf before every start (an upgraded one gets it from {@link EmbeddedCredentials#upgrade}).
     */
    private static EmbeddedPostgres.Builder builder(Path dataDir, int port, String password) {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "200")
                .setConnectConfig("password", password)
                // Ours (EmbeddedDatabase) stops it, after telling the watchdog that this death is wanted.
                .setRegisterShutdownHook(false)
                // Crash recovery replays the WAL before the server accepts connections.
                .setPGStartupWait(Duration.ofSeconds(60))
                .setDataDirectoryCustomizer(dir -> {
                    if (EmbeddedCredentials.read(dataDir).isPresent()) {
                        EmbeddedCredentials.writeHba(dataDir);
                    }
                });
    }

    int port() {
        return pg.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres";
    }

    /** Stops the server for good; the watchdog stands down first, so a normal shutdown is never fought. */
    void close() {
        stopping = true;
        watchdog.interrupt();
        synchronized (this) { // waits for a restart under way, then stops what it started
            closeQuietly(pg);
        }
    }

    private void watch() {
        while (!stopping) {
            try {
                Thread.sleep(WATCH_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                if (!stopping && !Postmaster.running(dataDir)) {
                    restart();
                }
            }
        }
    }

    /** Starts the server again on the same directory and port, as often as it takes, until it runs or we stop. */
    private void restart() {
        int port = port();
        LOG.warnf("Embedded PostgreSQL (pid %s) is gone: starting it again in %s on port %d",
                Postmaster.pid(dataDir).map(String::valueOf).orElse("unknown"), dataDir, port);
        long began = System.nanoTime();
        closeQuietly(pg); // releases zonky's lock on the directory; its pg_ctl stop fails on the dead server
        for (int attempt = 1; !stopping; attempt++) {
            try {
                awaitLeftovers();
                Postmaster.removeStalePidFile(dataDir);
                pg = builder(dataDir, port, password).start();
                LOG.infof("Embedded PostgreSQL running again after %.1f s (attempt %d, pid %s)",
                        (System.nanoTime() - began) / 1e9, attempt, Postmaster.pid(dataDir).orElse(-1L));
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warnf("Embedded PostgreSQL did not start again (attempt %d): %s; trying again", attempt, e);
                // Zonky keeps its lock on the directory when a start fails; it goes when that lock is collected.
                System.gc();
                try {
                    Thread.sleep(Math.min(5_000, 500L * attempt));
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void awaitLeftovers() {
        long deadline = System.nanoTime() + LEFTOVER_WAIT.toNanos();
        List<ProcessHandle> left = Postmaster.leftovers(dataDir);
        if (!left.isEmpty()) {
            LOG.infof("Waiting for %d PostgreSQL processes of the dead server to exit: %s", left.size(),
                    left.stream().map(ProcessHandle::pid).toList());
        }
        while (!left.isEmpty() && System.nanoTime() < deadline && !stopping) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            left = Postmaster.leftovers(dataDir);
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        if (pg != null) {
            try {
                pg.close();
            } catch (IOException | RuntimeException e) {
                LOG.warnf("Stopping the embedded PostgreSQL: %s", e);
            }
        }
    }
}
