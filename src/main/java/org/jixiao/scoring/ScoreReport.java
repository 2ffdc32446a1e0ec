package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scoring preview of one self-evaluation form.
 *
 * @param budgetExecution budget execution rate and score (always computed, never taken from the form)
 * @param indicators      one entry per indicator, in the order of the form
 * @param totalScore      budget score + indicator scores (given where present, else suggested), two decimals
 * @param grade           优/良/中/差 from {@code totalScore}
 * @param problems        form-level messages (indicator messages are in {@link IndicatorScore#problems()})
 */
public record ScoreReport(
        BudgetExecutionScore budgetExecution,
        List<IndicatorScore> indicators,
        BigDecimal totalScore,
        Grade grade,
        List<String> problems) {
}
