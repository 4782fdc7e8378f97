package com.termboard.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/** A real PostgreSQL on a fixed data directory and port that a test can stop and start again, as an outage. */
final class RestartablePostgres {

    final Path dataDir;
    final int port;
    private EmbeddedPostgres running;

    RestartablePostgres(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    synchronized void start() throws IOException {
        running = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("max_connections", "200").setPGStartupWait(Duration.ofSeconds(60)).start();
    }

    /** Stops the server (fast shutdown: open sessions are ended, as in a crash or failover). */
    synchronized void stop() throws IOException {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }
}
