package com.termboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates are yyyy-MM-dd and real; texts carry no control characters and no lone surrogates. */
@QuarkusTest // refusals carry texts of the message bundles
class StrictInputTest {

    @Test
    void onlyRealDatesWrittenAsYearMonthDay() {
        assertEquals(LocalDate.of(2024, 2, 29), IsoDate.parse("2024-02-29"));
        for (String bad : new String[] {"2025-02-30", "2025-02-29", "2025-1-1", "+99999-01-01", "99999-01-01",
                "2025-02-01T00:00", "12345", "", "٢٠٢٥-٠١-٠١", null}) {
            assertNull(IsoDate.parse(bad), bad);
        }
    }

    @Test
    void lonelySurrogatesAndControlCharactersAreNotClean() {
        assertTrue(Validation.isClean("Grow 😀 merchants, ‏RTL‏, multi\nline\ttext"));
        assertFalse(Validation.isClean("a\ud800b"));
        assertFalse(Validation.isClean("\udc00"));
        assertFalse(Validation.isClean("a\u0000b"));
        assertFalse(Validation.isClean("be\u0007ll"));
        assertTrue(new Validation().text("a\ud800b", "title", 200).hasErrors());
    }
}
