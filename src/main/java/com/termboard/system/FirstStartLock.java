package com.termboard.system;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Serialises the work done once on an empty database (demo data, first admin) between instances that start at the
 * same time: a PostgreSQL advisory lock held until the caller's transaction ends, so the second instance waits,
 * then sees what the first one committed.
 */
public final class FirstStartLock {

    private static final long KEY = 0x5465726d626f6172L; // "Termboar"

    private FirstStartLock() {
    }

    /** Takes the lock within the current transaction; must be called before looking at the database. */
    public static void hold() {
        Panache.getEntityManager().createNativeQuery("SELECT count(*) FROM pg_advisory_xact_lock(?1)")
                .setParameter(1, KEY).getSingleResult();
    }
}
