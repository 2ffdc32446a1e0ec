package org.jixiao.project;

/**
 * The fiscal years the system accepts: wide enough for past imports and long-running test data, narrow enough
 * that a mistyped year (226, 20226) is refused rather than stored.
 */
public final class FiscalYears {

    public static final int FIRST = 2000;
    public static final int LAST = 2200;
    public static final String INVALID = "年度应在 2000–2200 之间";

    private FiscalYears() {
    }

    public static boolean isValid(int year) {
        return year >= FIRST && year <= LAST;
    }
}
