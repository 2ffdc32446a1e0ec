package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** An inclusive range {@code min..max}: of points, or of fractions of a weight for tiers. */
public record ScoreRange(BigDecimal min, BigDecimal max) {

    public ScoreRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
    }

    public static ScoreRange of(String min, String max) {
        return new ScoreRange(new BigDecimal(min), new BigDecimal(max));
    }

    public boolean contains(BigDecimal x) {
        return x.compareTo(min) >= 0 && x.compareTo(max) <= 0;
    }
}
