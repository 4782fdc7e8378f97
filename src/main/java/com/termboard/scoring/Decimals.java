package com.termboard.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** The BigDecimal arithmetic shared by the scoring classes: one precision, null meaning "no data". */
final class Decimals {

    /** Every division and square root uses this, so that results are reproducible across the code base. */
    static final MathContext MC = MathContext.DECIMAL64;

    private Decimals() {
    }

    /** Null when the divisor is zero: a quotient that does not exist is "no data", not a crash of the scorecard. */
    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return divisor.signum() == 0 ? null : dividend.divide(divisor, MC);
    }

    static BigDecimal clamp(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value.max(min).min(max);
    }

    static BigDecimal mean(Collection<BigDecimal> values) {
        return values.isEmpty() ? null : divide(sum(values), BigDecimal.valueOf(values.size()));
    }

    static BigDecimal sum(Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Population standard deviation: the ratings of a cycle are all the ratings there are, not a sample. */
    static BigDecimal populationStdDev(Collection<BigDecimal> values) {
        BigDecimal mean = mean(values);
        BigDecimal squares = values.stream().map(v -> v.subtract(mean).pow(2)).reduce(BigDecimal.ZERO, BigDecimal::add);
        return divide(squares, BigDecimal.valueOf(values.size())).sqrt(MC);
    }

    /**
     * Weighted mean over the items whose value is not null, divided by the weights of those items only; null when
     * no item has a value (or their weights sum to zero).
     */
    static <T> BigDecimal weightedMean(Collection<T> items, Function<T, BigDecimal> value, ToIntFunction<T> weight) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (T item : items) {
            BigDecimal v = value.apply(item);
            if (v != null) {
                BigDecimal w = BigDecimal.valueOf(weight.applyAsInt(item));
                weighted = weighted.add(v.multiply(w));
                weights = weights.add(w);
            }
        }
        return divide(weighted, weights);
    }

    /** Drops trailing zeros but never to an exponent form: 100 stays 100 rather than 1E+2 in JSON and CSV. */
    static BigDecimal normalise(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
