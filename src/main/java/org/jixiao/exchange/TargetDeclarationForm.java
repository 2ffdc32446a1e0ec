package org.jixiao.exchange;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** 财政项目支出绩效目标申报表 in the exchange format ({@code "form": "target_declaration"}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TargetDeclarationForm(
        String source,
        Integer ordinal,
        String form,
        Integer year,
        String projectName,
        String category,
        String supervisingDepartment,
        String implementingUnit,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        String moneyUnit,
        Funds funds,
        String goalTotal,
        String goalAnnual,
        List<Indicator> indicators,
        String notes) implements ExchangeForm {

    public static final String KIND = "target_declaration";

    /** 项目资金总额, 年度资金申请总额, 其中财政资金, 当年财政拨款, 上年结转资金, 其他资金 (total and annual column). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Funds(
            BigDecimal projectTotal,
            BigDecimal annualRequest,
            BigDecimal fiscal,
            BigDecimal appropriation,
            BigDecimal carryover,
            BigDecimal otherTotal,
            BigDecimal otherAnnual) {
    }

    /**
     * One level-3 indicator with its total-period ({@code null} when absent) and annual target, and its weight
     * (分值) where the unit gives one already at declaration.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Indicator(
            String level1,
            String level2,
            String name,
            String targetTotal,
            String targetAnnual,
            BigDecimal weight) {

        /** An indicator without a weight, as in the published declarations. */
        public Indicator(String level1, String level2, String name, String targetTotal, String targetAnnual) {
            this(level1, level2, name, targetTotal, targetAnnual, null);
        }
    }
}
