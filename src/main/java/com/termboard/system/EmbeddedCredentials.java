package com.termboard.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The embedded PostgreSQL's superuser password, generated once and kept in its data directory readable by its owner
 * only, and the pg_hba.conf that accepts that user with it (scram) over loopback and nothing else.
 */
final class EmbeddedCredentials {

    static final String USER = "postgres";
    static final String PASSWORD_FILE = "termboard-password";
    static final String HBA = """
            # Written by Termboard (system/EmbeddedCredentials): only its own user, with its password, over loopback.
            # TYPE  DATABASE  USER      ADDRESS       METHOD
            host    all       postgres  127.0.0.1/32  scram-sha-256
            host    all       postgres  ::1/128       scram-sha-256
            """;

    private EmbeddedCredentials() {
    }

    /** The password kept in {@code dataDir}, if this directory has one (a directory of an older version has not). */
    static Optional<String> read(Path dataDir) {
        Path file = dataDir.resolve(PASSWORD_FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** A new random password: 192 bits in hex, so that it needs no quoting in SQL or in a file. */
    static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Writes {@code password} to {@code file} with mode 0600, replacing it atomically: never a half-written file. */
    static void write(Path file, String password) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, password + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** Our pg_hba.conf, written before every start so that a hand edit or an old version's trust cannot linger. */
    static void writeHba(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write pg_hba.conf in " + dataDir, e);
        }
    }

    /**
     * Moves a directory made by an older version (trust for everyone, no password file) to password authentication:
     * sets a new password while trust still lets us in, keeps it in the file, then narrows pg_hba.conf and reloads.
     * A crash half-way leaves either the old state (done again at the next start) or a file whose password is set.
     */
    static void upgrade(EmbeddedPostgres pg, Path dataDir, String password) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'"); // hex: nothing to escape
            write(dataDir.resolve(PASSWORD_FILE), password);
            writeHba(dataDir);
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the embedded PostgreSQL's password in " + dataDir, e);
        }
    }
}
