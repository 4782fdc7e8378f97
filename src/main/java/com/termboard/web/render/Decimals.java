package com.termboard.web.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a decimal as the locale's {@link NumberFormat} does without grouping, rounding half up, with between
 * {@code min} and {@code max} decimals, and gives the same text. A report page shows hundreds of numbers, and
 * {@code DecimalFormat} spent a tenth of such a page's time on them; this rounds with {@link BigDecimal#setScale} and
 * only swaps in the locale's decimal separator and minus sign. A locale whose format has other prefixes or digits
 * (e.g. Arabic-Indic digits) is written by {@code DecimalFormat} itself.
 */
final class Decimals {

    /** A locale's decimal separator and minus sign; the sign is null where only DecimalFormat writes it right. */
    private record Symbols(char decimalSeparator, String minus) {
    }

    private static final Map<Locale, Symbols> SYMBOLS = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<String, NumberFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private Decimals() {
    }

    static String format(BigDecimal value, int minDecimals, int maxDecimals, Locale locale) {
        Symbols symbols = SYMBOLS.computeIfAbsent(locale, Decimals::symbolsOf);
        if (symbols.minus() == null) {
            return slow(value, minDecimals, maxDecimals, locale);
        }
        BigDecimal rounded = value.setScale(maxDecimals, RoundingMode.HALF_UP);
        String digits = rounded.abs().toPlainString();
        int point = digits.indexOf('.');
        int end = digits.length();
        if (point >= 0) {
            int keep = point + 1 + minDecimals;
            while (end > keep && digits.charAt(end - 1) == '0') {
                end--;
            }
            if (end == point + 1) {
                end = point;
            }
        }
        StringBuilder text = new StringBuilder(end + 2);
        // DecimalFormat keeps the sign of a negative number that rounds to zero ("-0"); so does this.
        if (value.signum() < 0) {
            text.append(symbols.minus());
        }
        if (point < 0 || end <= point) {
            return text.append(digits, 0, end).toString();
        }
        return text.append(digits, 0, point).append(symbols.decimalSeparator()).append(digits, point + 1, end)
                .toString();
    }

    private static Symbols symbolsOf(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        if (!(format instanceof DecimalFormat decimal)) {
            return new Symbols('.', null);
        }
        DecimalFormatSymbols symbols = decimal.getDecimalFormatSymbols();
        boolean plain = symbols.getZeroDigit() == '0' && decimal.getPositivePrefix().isEmpty()
                && decimal.getPositiveSuffix().isEmpty() && decimal.getNegativeSuffix().isEmpty()
                && decimal.getNegativePrefix().equals(String.valueOf(symbols.getMinusSign()));
        return new Symbols(symbols.getDecimalSeparator(), plain ? decimal.getNegativePrefix() : null);
    }

    private static String slow(BigDecimal value, int minDecimals, int maxDecimals, Locale locale) {
        String key = locale.toLanguageTag() + '/' + minDecimals + '/' + maxDecimals;
        return FORMATS.get().computeIfAbsent(key, k -> numberFormat(minDecimals, maxDecimals, locale)).format(value);
    }

    /** The format this class writes like (and the one the tests hold it to). */
    static NumberFormat numberFormat(int minDecimals, int maxDecimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setGroupingUsed(false);
        return format;
    }
}
