package org.jixiao.cockpit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A department's year in two figures from its scored self-evaluations: budget execution rate in percent
 * (sum executed ÷ sum full-year budget, so large projects weigh more) and the mean total score; null when
 * nothing has been scored yet.
 */
public record DepartmentResults(BigDecimal executionRatePct, BigDecimal averageScore) {

    static final DepartmentResults NONE = new DepartmentResults(null, null);

    static BigDecimal percent(BigDecimal executed, BigDecimal budget) {
        if (executed == null || budget == null || budget.signum() == 0) {
            return null;
        }
        return executed.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal rounded(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
