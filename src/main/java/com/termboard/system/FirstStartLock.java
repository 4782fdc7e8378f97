package com.termboard.system;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Duration;

/**
 * Serialises the work done once on an empty database (demo data, first admin) between instances that start at the
 * same time: a PostgreSQL advisory lock held until the caller's transaction ends, so the second instance waits,
 * then sees what the first one committed. It polls rather than waits in one statement, which the statement and
 * socket timeouts (application.properties) would end while the first instance still loads the demo data.
 */
public final class FirstStartLock {

    private static final long KEY = 0x5465726d626f6172L; // "Termboar"

    private FirstStartLock() {
    }

    /** Takes the lock within the current transaction; must be called before looking at the database. */
    public static void hold() {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (!Boolean.TRUE.equals(Panache.getEntityManager()
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)").setParameter(1, KEY).getSingleResult())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Another instance has held the first-start lock for 10 minutes");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the first-start lock", e);
            }
        }
    }
}
