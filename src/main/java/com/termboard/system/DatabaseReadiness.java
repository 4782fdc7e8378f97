package com.termboard.system;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: a pooled connection answers {@code SELECT 1} within 2 s. The check runs on its own thread and the probe
 * waits for it at most that long, so a stalled server gives DOWN rather than a hung probe (Quarkus's own datasource
 * check, switched off in application.properties, waits on the socket); one check at a time, however many probes.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final Duration LIMIT = Duration.ofSeconds(2);

    @Inject
    DataSource dataSource;

    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "database-readiness");
        t.setDaemon(true);
        return t;
    });
    private Future<Void> inFlight;

    @Override
    public HealthCheckResponse call() {
        Future<Void> check = current();
        try {
            check.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            return HealthCheckResponse.up("Database");
        } catch (TimeoutException e) {
            return HealthCheckResponse.named("Database").down()
                    .withData("reason", "no answer within " + LIMIT.toSeconds() + " s").build();
        } catch (ExecutionException e) {
            return HealthCheckResponse.named("Database").down().withData("reason", String.valueOf(e.getCause()))
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.down("Database");
        }
    }

    /** The check under way (a stalled one is waited on again, not joined by another), or a new one. */
    private synchronized Future<Void> current() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = checker.submit(() -> {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("SELECT 1");
                }
                return null;
            });
        }
        return inFlight;
    }

    @PreDestroy
    void stop() {
        checker.shutdownNow();
    }
}
