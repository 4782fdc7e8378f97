package com.termboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.IsoDate;
import com.termboard.web.forms.Validation;
import com.termboard.web.i18n.LanguageResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Dates are yyyy-MM-dd and real; texts carry no control characters and no lone surrogates; a JSON body is one value
 * naming each field once; the language switcher goes back only to a well-formed path on this site.
 */
@QuarkusTest // refusals carry texts of the message bundles
class StrictInputTest {

    @Inject
    ObjectMapper json;

    @Test
    void onlyRealDatesWrittenAsYearMonthDay() {
        assertEquals(LocalDate.of(2024, 2, 29), IsoDate.parse("2024-02-29"));
        for (String bad : new String[] {"2025-02-30", "2025-02-29", "2025-1-1", "+99999-01-01", "99999-01-01",
                "2025-02-01T00:00", "12345", "", "٢٠٢٥-٠١-٠١", null}) {
            assertNull(IsoDate.parse(bad), bad);
        }
    }

    @Test
    void aJsonBodyIsOneValueWithEachFieldOnce() throws Exception {
        record Pair(String a, int b) {
        }
        assertEquals(new Pair("x", 1), json.readValue("{\"a\":\"x\",\"b\":1}", Pair.class));
        for (String bad : new String[] {"{\"a\":\"x\",\"b\":1} {}", "{\"a\":\"x\",\"b\":1}]",
                "{\"a\":\"x\",\"b\":1} 2", "{\"a\":\"x\",\"a\":\"y\",\"b\":1}"}) {
            assertThrows(JsonProcessingException.class, () -> json.readValue(bad, Pair.class), bad);
        }
    }

    @Test
    void theLanguageSwitcherGoesBackOnlyToAWellFormedLocalPath() {
        assertEquals("/reports/compare?terms=1,2", LanguageResource.safeBack("/reports/compare?terms=1,2"));
        assertEquals("/reports/presidents/%E5%BC%A0%E4%B8%89", LanguageResource.safeBack("/reports/presidents/张三"));
        for (String offSite : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example",
                "/a\\b", "", null, "evil"}) {
            assertEquals("/", LanguageResource.safeBack(offSite), offSite);
        }
        for (String malformed : new String[] {"/a b", "/%zz", "/x\ny", "/a\u0000b", "/a|b"}) {
            ApiError e = assertThrows(ApiError.class, () -> LanguageResource.safeBack(malformed), malformed);
            assertEquals(400, e.status, malformed);
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
