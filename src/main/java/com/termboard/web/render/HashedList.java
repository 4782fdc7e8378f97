package com.termboard.web.render;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list of values that computes its hash once. A report model kept between requests is compared with
 * the next request's as a key ({@link RenderedParts}); its lists are the same instances on every hit, so equality
 * is decided by identity at once, and with this the hash is too, instead of walking a thousand numbers each time.
 * The elements must be values themselves (records of values, see {@link ValueTypes}), never changed after this.
 */
public final class HashedList<E> extends AbstractList<E> implements RandomAccess {

    private final List<E> items;
    private final int hash;

    private HashedList(List<E> items) {
        this.items = items;
        this.hash = items.hashCode();
    }

    /** The values of {@code items}, copied (nulls kept) and hashed once. */
    public static <E> List<E> of(List<E> items) {
        return items instanceof HashedList<E> hashed ? hashed
                : new HashedList<>(Collections.unmodifiableList(new ArrayList<>(items)));
    }

    @Override
    public E get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (other instanceof HashedList<?> hashed && hashed.hash != hash) {
            return false;
        }
        return items.equals(other);
    }
}
