package com.termboard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SvgTest {

    @Test
    void coordinatesReadAsFormatWritesThem() {
        Random random = new Random(12);
        for (double v : new double[] {0, -0.0, 0.05, 0.15, 0.25, 1.45, 2.35, -0.04, -0.05, -1.25, 99.95, 119.99,
                3.0000000001, 1e-9, 600.0}) {
            assertEquals(String.format(Locale.ROOT, "%.1f", v), Svg.num(v), Double.toString(v));
        }
        for (int i = 0; i < 100_000; i++) {
            double v = (random.nextDouble() - 0.2) * 700;
            assertEquals(String.format(Locale.ROOT, "%.1f", v), Svg.num(v), Double.toString(v));
        }
    }

    @Test
    void aSparklineEndsWithADotOnItsLastPoint() {
        String svg = Svg.sparkline(List.of(new BigDecimal("1"), new BigDecimal("3"), new BigDecimal("2")), "t <b>");
        assertTrue(svg.contains("points=\"2.0,25.0 60.0,3.0 118.0,14.0\""), svg);
        assertTrue(svg.contains("cx=\"118.0\" cy=\"14.0\""), svg);
        assertTrue(svg.contains("<title>t &lt;b&gt;</title>"), svg);
        String one = Svg.sparkline(List.of(new BigDecimal("5")), "one");
        assertTrue(one.contains("points=\"60.0,"), one);
        assertEquals("", Svg.sparkline(List.of(), "none"));
    }
}
