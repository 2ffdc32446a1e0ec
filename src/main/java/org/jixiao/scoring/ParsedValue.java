package org.jixiao.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A target or actual string as parsed by {@link ValueParser}.
 *
 * @param raw        the string as printed ({@code null} stays {@code null})
 * @param kind       quantitative, date or qualitative
 * @param comparator for quantitative values; {@code null} when the number is written bare ({@code 45}, {@code 56.9%})
 * @param value      the number, or the lower bound of a range
 * @param valueTo    the upper bound of a range, else {@code null}
 * @param unit       the unit ({@code %}, {@code 个}, {@code 万元/家}); {@code ""} when none is written
 * @param date       for dates: the deadline day when year and month are known, else {@code null}
 * @param text       the normalised compact string (full-width folded, spaces removed): the qualitative
 *                   text, and what two values are compared by when they are written the same way
 */
public record ParsedValue(
        String raw,
        ValueKind kind,
        Comparator comparator,
        BigDecimal value,
        BigDecimal valueTo,
        String unit,
        LocalDate date,
        String text) {

    /** Positive, reverse or exact; a bare number counts as exact. */
    public Direction direction() {
        return comparator == null ? Direction.EXACT : comparator.direction();
    }

    static ParsedValue qualitative(String raw, String text) {
        return new ParsedValue(raw, ValueKind.QUALITATIVE, null, null, null, null, null, text);
    }

    static ParsedValue date(String raw, LocalDate date, String text) {
        return new ParsedValue(raw, ValueKind.DATE, null, null, null, null, date, text);
    }
}
