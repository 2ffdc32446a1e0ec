package org.jixiao.exchange;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;

/** 财政项目支出绩效自评表 in the exchange format ({@code "form": "self_evaluation"}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SelfEvaluationForm(
        String source,
        Integer ordinal,
        String form,
        Integer year,
        String projectName,
        String supervisingDepartment,
        String implementingUnit,
        String moneyUnit,
        Funds funds,
        BudgetExecution budgetExecution,
        String goalExpected,
        String goalActual,
        List<Indicator> indicators,
        BigDecimal totalWeight,
        BigDecimal totalScore,
        String grade,
        String notes) implements ExchangeForm {

    public static final String KIND = "self_evaluation";

    /** Rows 年度资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金. */
    public record Funds(FundsRow total, FundsRow appropriation, FundsRow carryover, FundsRow other) {
    }

    /** 年初预算数 / 全年预算数 / 全年执行数 of one funds row; {@code null} where the cell is blank. */
    public record FundsRow(BigDecimal initial, BigDecimal adjusted, BigDecimal executed) {
    }

    /** 分值, 执行率 (percent) and 得分 of the budget execution row. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record BudgetExecution(BigDecimal weight, BigDecimal ratePct, BigDecimal score) {
    }

    /** One level-3 indicator; {@code target} and {@code actual} are the printed strings. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Indicator(
            String level1,
            String level2,
            String name,
            String target,
            String actual,
            BigDecimal weight,
            BigDecimal score,
            String deviationReason) {
    }
}
