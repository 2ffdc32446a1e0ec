package org.jixiao.excel;

import java.math.BigDecimal;

/**
 * One project's line in the finance bureau's summary workbook. Amounts are in the workbook's money
 * unit (see {@link SummaryExcel}); {@code executionRatePct} is in percent points (56.9 = 56.9 %);
 * {@code stage} is the display label of the project's current stage.
 */
public record SummaryRow(
        String department,
        String unit,
        String projectName,
        Integer year,
        BigDecimal initialBudget,
        BigDecimal fullYearBudget,
        BigDecimal executed,
        BigDecimal executionRatePct,
        BigDecimal score,
        String grade,
        String stage,
        boolean overdue) {
}
