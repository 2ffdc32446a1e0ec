package org.jixiao.scoring;

import java.math.BigDecimal;

/**
 * 预算执行率 and its score.
 *
 * @param budget   the denominator used (全年预算数 by default, 年初预算数 if so set); {@code null} when blank
 * @param executed 全年执行数; {@code null} when blank
 * @param ratePct  executed / budget as a percentage, cut to two decimals; 0 when the budget is 0 or blank
 * @param weight   分值 of the budget execution row
 * @param score    weight × min(rate, 100 %), cut to two decimals
 */
public record BudgetExecutionScore(BigDecimal budget, BigDecimal executed, BigDecimal ratePct, BigDecimal weight,
                                   BigDecimal score) {
}
