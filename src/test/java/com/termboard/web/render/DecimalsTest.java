package com.termboard.web.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.termboard.web.i18n.Locales;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick number writer gives exactly what the locale's DecimalFormat gives, for every kind of value. */
class DecimalsTest {

    private static final List<Locale> LOCALES = List.of(Locales.ENGLISH, Locales.CHINESE, Locale.GERMANY,
            Locale.FRANCE, Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("fa-IR"), Locale.forLanguageTag("de-CH"));
    private static final int[][] DECIMALS = {{0, 0}, {1, 1}, {2, 2}, {0, 1}, {0, 3}, {1, 4}, {0, 9}};

    @Test
    void edgeCasesReadAsDecimalFormatWritesThem() {
        String[] values = {"0", "0.000", "-0", "0.05", "-0.05", "-0.04", "-0.049", "0.95", "9.95", "-9.95", "99.995",
            "1150.000000", "12.500", "0.665", "-0.665", "1E+3", "1.5E-7", "-1.5E-7", "123456789012345678901234.5",
            "0.5", "-0.5", "1.45", "2.5", "-2.5", "100", "1E+2"};
        for (Locale locale : LOCALES) {
            for (int[] d : DECIMALS) {
                for (String value : values) {
                    assertWrittenLikeDecimalFormat(new BigDecimal(value), d[0], d[1], locale);
                }
            }
        }
    }

    @Test
    void randomValuesReadAsDecimalFormatWritesThem() {
        Random random = new Random(12);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal value = new BigDecimal(BigInteger.valueOf(random.nextLong() % 10_000_000_000L),
                    random.nextInt(12) - 2);
            int[] d = DECIMALS[random.nextInt(DECIMALS.length)];
            assertWrittenLikeDecimalFormat(value, d[0], d[1], LOCALES.get(random.nextInt(LOCALES.size())));
        }
    }

    @Test
    void englishAndChineseReadAlike() {
        assertEquals("-0.7", Decimals.format(new BigDecimal("-0.65"), 1, 1, Locales.CHINESE));
        assertEquals("12.30", Decimals.format(new BigDecimal("12.3"), 2, 2, Locales.ENGLISH));
        assertEquals("1150", Decimals.format(new BigDecimal("1150.000"), 0, 3, Locales.ENGLISH));
        assertEquals("3,5", Decimals.format(new BigDecimal("3.45"), 1, 1, Locale.GERMANY));
    }

    private static void assertWrittenLikeDecimalFormat(BigDecimal value, int min, int max, Locale locale) {
        String expected = Decimals.numberFormat(min, max, locale).format(value);
        assertEquals(expected, Decimals.format(value, min, max, locale),
                () -> value.toPlainString() + " with " + min + ".." + max + " decimals in " + locale);
    }
}
