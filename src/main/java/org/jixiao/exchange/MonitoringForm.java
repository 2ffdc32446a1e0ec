package org.jixiao.exchange;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 绩效运行监控表 (mid-year monitoring, with an optional adjustment request) in the exchange format
 * ({@code "form": "monitoring"}). The seeds hold no monitoring form; this shape follows the
 * national monitoring template (财预〔2019〕136号) in the same snake_case style as the fixtures.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MonitoringForm(
        String source,
        Integer ordinal,
        String form,
        Integer year,
        String projectName,
        String supervisingDepartment,
        String implementingUnit,
        String moneyUnit,
        /* last day the monitoring covers, e.g. 2022-06-30 */
        LocalDate periodEnd,
        /* 全年预算数 before any adjustment */
        BigDecimal annualBudget,
        /* 执行数 to the period end */
        BigDecimal executedToDate,
        String goalProgress,
        List<Indicator> indicators,
        Adjustment adjustment,
        String notes) implements ExchangeForm {

    public static final String KIND = "monitoring";

    /** GREEN on track, YELLOW at risk, RED will miss. */
    public enum TrafficLight { GREEN, YELLOW, RED }

    /** Progress of one indicator against its current annual target. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Indicator(
            String level1,
            String level2,
            String name,
            String target,
            String achievedToDate,
            String expectedYearEnd,
            TrafficLight light,
            String deviationCause,
            String correctiveMeasure) {
    }

    /**
     * 目标调整 / 预算调整 request: a new full-year budget and changed targets or weights, each with a
     * reason. {@code null} when no adjustment is requested.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Adjustment(
            BigDecimal newAnnualBudget,
            String budgetReason,
            List<TargetChange> targetChanges) {
    }

    /** A changed target and/or weight of one indicator (by level1/level2/name); a new indicator has no old values. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TargetChange(
            String level1,
            String level2,
            String name,
            String newTarget,
            BigDecimal newWeight,
            String reason) {
    }
}
