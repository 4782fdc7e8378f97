package com.termboard.system;

import com.github.benmanes.caffeine.cache.Cache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Function;

/**
 * The one rule of everything kept between requests under the stamps it was read at (V4__term_stamps.sql): nothing
 * read inside a transaction is kept, since it may see the transaction's own changes, which a rollback would undo.
 */
public final class Kept {

    private Kept() {
    }

    /**
     * The value kept under {@code key}, else {@code compute}'s, kept unless a transaction is active. Requests that
     * miss together wait for one computation, so that they all hold the same instance. A null value is not kept.
     */
    public static <K, V> V get(Cache<K, V> cache, K key, Function<? super K, ? extends V> compute) {
        return QuarkusTransaction.isActive() ? compute.apply(key) : cache.get(key, compute);
    }
}
