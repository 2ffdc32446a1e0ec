package org.jixiao.quality;

/** The stable codes of the target quality check (docs/quality-rules.md); never rename one. */
public enum FindingCode {
    /** A level-1 category (产出, 效益, 满意度) has no indicator. */
    LEVEL1_MISSING(Severity.WARNING, "缺少一级指标"),
    /** Weights are given but they (with the budget-execution weight) do not add up to 100, or some are missing. */
    WEIGHT_SUM(Severity.ERROR, "分值合计不符"),
    /** The name says a number (率, 数, 人次…) but the target is words. */
    TARGET_NOT_NUMERIC(Severity.WARNING, "目标值未量化"),
    /** The target is words where the library's indicator of that name is quantitative. */
    QUALITATIVE_WHERE_QUANTITATIVE(Severity.WARNING, "定量指标写成定性"),
    /** The target is at or below (for reverse indicators: at or above) last year's actual of the same project. */
    TARGET_BELOW_LAST_YEAR(Severity.WARNING, "指标值设定偏低"),
    /** The same level-3 name appears more than once. */
    DUPLICATE_INDICATOR(Severity.WARNING, "指标重复"),
    /** A satisfaction indicator whose target is not a percentage. */
    SATISFACTION_NOT_PERCENT(Severity.WARNING, "满意度未用百分比");

    private final Severity severity;
    private final String label;

    FindingCode(Severity severity, String label) {
        this.severity = severity;
        this.label = label;
    }

    /** A short Chinese name for pages. */
    public String label() {
        return label;
    }

    public Severity severity() {
        return severity;
    }
}
