package com.termboard.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.termboard.scoring.PaceStatus;
import com.termboard.web.i18n.Locales;
import com.termboard.web.render.Display;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Numbers, dates, moments and paces as each language writes them; "no data" is a dash, never "null". */
@QuarkusTest
class DisplayTest {

    @Test
    void numbersRoundOnlyForDisplay() {
        assertEquals("91.2%", Display.percent(new BigDecimal("0.91234"), Locales.ENGLISH));
        assertEquals("91.2%", Display.percent(new BigDecimal("0.91234"), Locales.CHINESE));
        assertEquals("100.1%", Display.percent(new BigDecimal("1.00050"), Locales.ENGLISH));
        assertEquals("1150", Display.plain(new BigDecimal("1150.000000"), Locales.ENGLISH));
        assertEquals("12.5", Display.plain(new BigDecimal("12.500"), Locales.CHINESE));
        assertEquals("98.9673", Display.plain(new BigDecimal("98.96727272727273"), Locales.ENGLISH));
        assertEquals("39.1032", Display.plain(new BigDecimal("39.10318181818182"), Locales.CHINESE));
        assertEquals("0.67", Display.fixed(new BigDecimal("0.665"), 2, Locales.ENGLISH));
        assertEquals("—", Display.percent(null, Locales.ENGLISH));
        assertEquals("—", Display.plain(null, Locales.CHINESE));
    }

    @Test
    void datesAndMomentsFollowTheLanguageAndTheConfiguredZone() {
        LocalDate day = LocalDate.of(2026, 11, 25);
        assertEquals("2026-11-25", Display.date(day, Locales.ENGLISH));
        assertEquals("2026年11月25日", Display.date(day, Locales.CHINESE));
        Instant moment = Instant.parse("2026-11-25T17:05:00Z");
        assertEquals("2026-11-26 01:05 (UTC+08:00)", Display.time(moment, Locales.ENGLISH));
        assertEquals("2026年11月26日 01:05 (UTC+08:00)", Display.time(moment, Locales.CHINESE));
    }

    @Test
    void paceWordsInEachLanguage() {
        assertEquals("Off track", Display.pace(PaceStatus.OFF_TRACK, Locales.ENGLISH));
        assertEquals("进度落后", Display.pace(PaceStatus.OFF_TRACK, Locales.CHINESE));
        assertEquals("No data", Display.pace(null, Locales.ENGLISH));
        assertEquals("暂无数据", Display.pace(null, Locales.CHINESE));
    }
}
