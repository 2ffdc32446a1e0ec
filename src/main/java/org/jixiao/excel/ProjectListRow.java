package org.jixiao.excel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One project of the year's project list as uploaded by the finance bureau. Optional amounts are
 * {@code null} when their column is absent or blank; {@code moneyUnit} defaults to {@code 元}.
 *
 * @param rowNumber the 1-based sheet row it came from, for messages further down the line
 */
public record ProjectListRow(
        int rowNumber,
        String projectName,
        String category,
        String department,
        String unit,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        BigDecimal annualTotal,
        BigDecimal appropriation,
        BigDecimal carryover,
        BigDecimal other,
        String moneyUnit,
        boolean secret) {
}
