package com.termboard.read;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Everything kept between requests goes through here: the named caches of application.properties
 * ({@code quarkus.cache.caffeine."<name>"}, with their sizes and metrics), and the one rule of what they keep. A value
 * is kept under the stamps it was read at (V4__term_stamps.sql), and nothing read inside a transaction is kept, since
 * it may see the transaction's own changes, which a rollback would undo.
 */
final class KeptReads {

    private KeptReads() {
    }

    /**
     * The value kept under {@code key}, else {@code compute}'s (on the calling thread), kept unless a transaction is
     * active. Requests that miss together wait for one computation, so that they all hold the same instance.
     */
    public static <K, V> V get(Cache cache, K key, Function<K, V> compute) {
        if (QuarkusTransaction.isActive()) {
            return compute.apply(key);
        }
        return cache.get(key, compute).await().indefinitely();
    }

    /** The value kept under {@code key}, or null (for reads that compute their misses in one batch). */
    @SuppressWarnings("unchecked")
    public static <V> V peek(Cache cache, Object key) {
        CompletableFuture<Object> kept = cache.as(CaffeineCache.class).getIfPresent(key);
        return kept == null ? null : (V) kept.join();
    }

    /** Keeps what a batch computed for {@code key}, unless it was read inside a transaction. */
    public static void put(Cache cache, Object key, Object value) {
        if (!QuarkusTransaction.isActive()) {
            cache.as(CaffeineCache.class).put(key, CompletableFuture.completedFuture(value));
        }
    }

    /** Forgets everything kept in {@code cache} (tests that count what a cold read does). */
    public static void forget(Cache cache) {
        cache.invalidateAll().await().indefinitely();
    }
}
