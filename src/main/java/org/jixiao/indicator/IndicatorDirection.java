package org.jixiao.indicator;

import org.jixiao.scoring.ParsedValue;

/** 指标方向 of a library indicator: quantitative positive (≥), reverse (≤, deadlines), exact (=), or qualitative. */
public enum IndicatorDirection {
    POSITIVE("正向"), REVERSE("反向"), EXACT("等于"), QUALITATIVE("定性");

    private final String label;

    IndicatorDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isQuantitative() {
        return this != QUALITATIVE;
    }

    /** What a target string says: its comparator's direction, reverse for a deadline, qualitative for words. */
    public static IndicatorDirection of(ParsedValue target) {
        return switch (target.kind()) {
            case QUANTITATIVE -> switch (target.direction()) {
                case POSITIVE -> POSITIVE;
                case REVERSE -> REVERSE;
                case EXACT -> EXACT;
            };
            case DATE -> REVERSE;
            case QUALITATIVE -> QUALITATIVE;
        };
    }
}
