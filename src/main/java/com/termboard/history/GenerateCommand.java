package com.termboard.history;

import com.termboard.system.TermboardConfig;
import com.termboard.system.Today;
import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * {@code java -jar quarkus-run.jar generate --groups G --terms T ...}: migrates the database, fills it with a
 * synthetic history ({@link HistoryGenerator}) and exits. Every generated user has the admin's password.
 */
public class GenerateCommand implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(GenerateCommand.class);

    @Inject
    AgroalDataSource db;

    @Inject
    TermboardConfig config;

    @Inject
    Today today;

    @Override
    public int run(String... args) throws Exception {
        Scale scale = Scale.parse(args);
        String password = config.adminPassword().filter(p -> !p.isBlank()).orElseThrow(
                () -> new IllegalStateException("Set TERMBOARD_ADMIN_PASSWORD: the generated users get it too."));
        if (!com.termboard.user.User.fitsBcrypt(password)) {
            throw new IllegalStateException("TERMBOARD_ADMIN_PASSWORD is longer than bcrypt's 72 bytes (UTF-8).");
        }
        long started = System.nanoTime();
        try (Connection c = db.getConnection()) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM term")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    LOG.error("The database already has terms: generate into an empty one (a new data directory).");
                    return 2;
                }
            }
            c.setAutoCommit(false);
            Map<String, Long> counts = new HistoryGenerator(c, scale, today.date(), BcryptUtil.bcryptHash(password),
                    config.perspectives()).generate();
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE"); // as autovacuum would soon: index-only scans need the visibility map
            }
            LOG.infof("Generated %s in %.1f s: %s", scale, (System.nanoTime() - started) / 1e9, counts);
        }
        return 0;
    }
}
