package org.jixiao.quality;

/** The stable codes of the target quality check (docs/quality-rules.md); never rename one. */
public enum FindingCode {
    /** A level-1 category (产出, 效益, 满意度) has no indicator. */
    LEVEL1_MISSING(Severity.WARNING),
    /** Weights are given but they (with the budget-execution weight) do not add up to 100, or some are missing. */
    WEIGHT_SUM(Severity.ERROR),
    /** The name says a number (率, 数, 人次…) but the target is words. */
    TARGET_NOT_NUMERIC(Severity.WARNING),
    /** The target is words where the library's indicator of that name is quantitative. */
    QUALITATIVE_WHERE_QUANTITATIVE(Severity.WARNING),
    /** The target is at or below (for reverse indicators: at or above) last year's actual of the same project. */
    TARGET_BELOW_LAST_YEAR(Severity.WARNING),
    /** The same level-3 name appears more than once. */
    DUPLICATE_INDICATOR(Severity.WARNING),
    /** A satisfaction indicator whose target is not a percentage. */
    SATISFACTION_NOT_PERCENT(Severity.WARNING);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
