package com.termboard.web.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A kept model's lists hash once, and still compare as any list of the same values does. */
class HashedListTest {

    record Cell(long term, BigDecimal value) {
    }

    @Test
    void equalsAndHashesAsAnyListOfTheSameValues() {
        List<Cell> plain = Arrays.asList(new Cell(1, new BigDecimal("0.5")), null, new Cell(3, null));
        List<Cell> hashed = HashedList.of(plain);
        assertEquals(plain, hashed);
        assertEquals(hashed, plain);
        assertEquals(plain.hashCode(), hashed.hashCode());
        assertEquals(hashed, HashedList.of(new ArrayList<>(plain)));
        assertEquals(3, hashed.size());
        assertEquals(null, hashed.get(1));
        List<Cell> other = HashedList.of(Arrays.asList(new Cell(1, new BigDecimal("0.5")), null, new Cell(4, null)));
        assertNotEquals(hashed, other);
        assertNotEquals(other, hashed);
        // A list one element shorter: equal hashes are not taken for equality.
        assertNotEquals(hashed, HashedList.of(plain.subList(0, 2)));
    }

    @Test
    void isACopyThatCannotChange() {
        List<Cell> source = new ArrayList<>(List.of(new Cell(1, BigDecimal.ONE)));
        List<Cell> hashed = HashedList.of(source);
        int hash = hashed.hashCode();
        source.add(new Cell(2, BigDecimal.TEN));
        assertEquals(1, hashed.size());
        assertEquals(hash, hashed.hashCode());
        assertThrows(UnsupportedOperationException.class, () -> hashed.add(new Cell(3, BigDecimal.ONE)));
        assertThrows(UnsupportedOperationException.class, () -> hashed.set(0, null));
        assertSame(hashed, HashedList.of(hashed));
    }
}
