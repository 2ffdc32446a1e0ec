package org.jixiao.demo;

import org.jixiao.exchange.MonitoringForm;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.exchange.TargetDeclarationForm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Demo form content, taken from the published 2021 declaration of 上海低碳技术创新功能型平台建设 (fixture 001-04). */
public final class DemoForms {

    private static final List<TargetDeclarationForm.Indicator> TARGETS = List.of(
            new TargetDeclarationForm.Indicator("产出指标", "数量指标", "工作计划完成率", "=100%", "=100%"),
            new TargetDeclarationForm.Indicator("产出指标", "质量指标", "工作完成通过率", "=100%", "=100%"),
            new TargetDeclarationForm.Indicator("产出指标", "时效指标", "工作完成及时率", "=100%", "=100%"),
            new TargetDeclarationForm.Indicator("效益指标", "社会效益指标", "信息化程度", "公开", "公开"),
            new TargetDeclarationForm.Indicator("满意度指标", "服务对象满意度指标", "申报单位满意度", "=90%", "=90%"),
            new TargetDeclarationForm.Indicator("满意度指标", "服务对象满意度指标", "受益对象满意度", "=80%", "=80%"));

    private static final BigDecimal BUDGET = new BigDecimal("23780000");

    private DemoForms() {
    }

    public static TargetDeclarationForm declaration(int year) {
        return declaration(year, TARGETS);
    }

    /** A declaration of the demo project's funds and goals with the given indicators. */
    public static TargetDeclarationForm declaration(int year, List<TargetDeclarationForm.Indicator> targets) {
        BigDecimal zero = BigDecimal.ZERO;
        return new TargetDeclarationForm(null, null, TargetDeclarationForm.KIND, year, null, "经常性项目", null, null,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "元",
                new TargetDeclarationForm.Funds(BUDGET, BUDGET, BUDGET, BUDGET, zero, zero, zero),
                "按照资金计划及筹措方案要求，完成功能型平台建设的年度配套。",
                "完成年度资金配套，平台建设工作按计划推进。", targets, null);
    }

    public static MonitoringForm monitoring(int year) {
        return monitoring(year, TARGETS);
    }

    /** Half-year progress on track for every given target, half of the budget executed, no adjustment. */
    public static MonitoringForm monitoring(int year, List<TargetDeclarationForm.Indicator> targets) {
        List<MonitoringForm.Indicator> progress = targets.stream()
                .map(t -> new MonitoringForm.Indicator(t.level1(), t.level2(), t.name(), t.targetAnnual(),
                        t.targetAnnual().startsWith("=") ? "=50%" : t.targetAnnual(), t.targetAnnual(),
                        MonitoringForm.TrafficLight.GREEN, null, null))
                .toList();
        return new MonitoringForm(null, null, MonitoringForm.KIND, year, null, null, null, "元",
                LocalDate.of(year, 6, 30), BUDGET, new BigDecimal("11890000"), "上半年按计划推进，资金执行过半。",
                progress, null, null);
    }

    /**
     * A self-evaluation that meets every target of {@link #declaration(int)} with the whole budget executed:
     * weights 10 (budget) + 产出 20/15/15 + 效益 30 + 满意度 5/5, every score full.
     */
    public static SelfEvaluationForm selfEvaluation(int year) {
        return selfEvaluation(year, TARGETS, List.of(20, 15, 15, 30, 5, 5));
    }

    /**
     * A self-evaluation meeting every given target with full scores and the whole budget executed; the
     * indicator weights must add up to 90 (the budget execution weighs 10).
     */
    public static SelfEvaluationForm selfEvaluation(int year, List<TargetDeclarationForm.Indicator> targets,
                                                    List<Integer> weights) {
        List<SelfEvaluationForm.Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetDeclarationForm.Indicator t = targets.get(i);
            BigDecimal weight = BigDecimal.valueOf(weights.get(i));
            indicators.add(new SelfEvaluationForm.Indicator(t.level1(), t.level2(), t.name(), t.targetAnnual(),
                    t.targetAnnual(), weight, weight, null));
        }
        SelfEvaluationForm.FundsRow whole = new SelfEvaluationForm.FundsRow(BUDGET, BUDGET, BUDGET);
        SelfEvaluationForm.FundsRow none = new SelfEvaluationForm.FundsRow(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        return new SelfEvaluationForm(null, null, SelfEvaluationForm.KIND, year, null, null, null, "元",
                new SelfEvaluationForm.Funds(whole, whole, none, none),
                new SelfEvaluationForm.BudgetExecution(BigDecimal.TEN, null, null),
                "完成年度资金配套，平台建设工作按计划推进。", "年度资金配套全部完成，平台建设按计划推进。",
                indicators, BigDecimal.valueOf(100), null, null, null);
    }
}
