package com.termboard.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text of a CSV download as a spreadsheet reads it. Every download must start with the UTF-8 byte order mark
 * (without it Excel garbles Chinese); {@link #of} asserts that it does and strips it.
 */
public final class CsvText {

    public static final String BOM = "\uFEFF";

    private CsvText() {
    }

    /** {@code download} without its leading byte order mark, failing the test if the mark is missing. */
    public static String of(String download) {
        assertTrue(download.startsWith(BOM), () -> "A CSV download without a UTF-8 byte order mark: "
                + download.substring(0, Math.min(80, download.length())));
        return download.substring(BOM.length());
    }
}
