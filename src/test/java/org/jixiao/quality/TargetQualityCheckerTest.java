package org.jixiao.quality;

import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.indicator.IndicatorDirection;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Crafted bad declarations: each rule fires where it should and stays quiet where it should not. */
class TargetQualityCheckerTest {

    private static final TargetQualityChecker.Context NOTHING_KNOWN = new TargetQualityChecker.Context(
            (level2, name) -> Optional.empty(), TargetQualityChecker.LastYearActuals.NONE, BigDecimal.TEN);

    private static TargetDeclarationForm.Indicator row(String level1, String level2, String name, String target) {
        return new TargetDeclarationForm.Indicator(level1, level2, name, null, target);
    }

    private static TargetDeclarationForm.Indicator weighted(String level1, String level2, String name, String target,
                                                            int weight) {
        return new TargetDeclarationForm.Indicator(level1, level2, name, null, target, BigDecimal.valueOf(weight));
    }

    private static TargetDeclarationForm declaration(TargetDeclarationForm.Indicator... rows) {
        return new TargetDeclarationForm(null, null, TargetDeclarationForm.KIND, 2024, "科普工作", "经常性项目", null,
                null, null, null, "元", null, null, "年度目标", Arrays.asList(rows), null);
    }

    private static final TargetDeclarationForm.Indicator OUTPUT = row("产出指标", "数量指标", "科普活动数量", ">=6项");
    private static final TargetDeclarationForm.Indicator EFFECT = row("效益指标", "社会效益指标", "科普氛围", "提升");
    private static final TargetDeclarationForm.Indicator SATISFACTION = row("满意度指标", "服务对象满意度指标", "公众满意度", "≥90%");

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + " " + f.indicator()).toList();
    }

    @Test
    void aGoodDeclarationHasNoFinding() {
        assertThat(TargetQualityChecker.check(declaration(OUTPUT, EFFECT, SATISFACTION), NOTHING_KNOWN)).isEmpty();
    }

    @Test
    void missingLevel1CategoriesAreNamed() {
        List<Finding> findings = TargetQualityChecker.check(declaration(OUTPUT,
                row("效益指标", "社会效益指标", "  ", "提升")), NOTHING_KNOWN);
        assertThat(codes(findings)).containsExactly("LEVEL1_MISSING 效益指标", "LEVEL1_MISSING 满意度指标");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(0).message()).contains("效益指标");
    }

    @Test
    void weightsMustAddUpToHundredWithTheBudgetWeightAndAreAnError() {
        List<Finding> wrongSum = TargetQualityChecker.check(declaration(
                weighted("产出指标", "数量指标", "科普活动数量", ">=6项", 50),
                weighted("效益指标", "社会效益指标", "科普氛围", "提升", 30),
                weighted("满意度指标", "服务对象满意度指标", "公众满意度", "≥90%", 5)), NOTHING_KNOWN);
        assertThat(codes(wrongSum)).containsExactly("WEIGHT_SUM null");
        assertThat(wrongSum.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(wrongSum.get(0).message()).contains("85").contains("95").contains("应为 100");

        List<Finding> partly = TargetQualityChecker.check(declaration(
                weighted("产出指标", "数量指标", "科普活动数量", ">=6项", 50), EFFECT, SATISFACTION), NOTHING_KNOWN);
        assertThat(codes(partly)).containsExactly("WEIGHT_SUM null");
        assertThat(partly.get(0).message()).contains("2 个未填写");

        assertThat(TargetQualityChecker.check(declaration(
                weighted("产出指标", "数量指标", "科普活动数量", ">=6项", 50),
                weighted("效益指标", "社会效益指标", "科普氛围", "提升", 30),
                new TargetDeclarationForm.Indicator("满意度指标", "服务对象满意度指标", "公众满意度", null, "≥90%",
                        new BigDecimal("10.00"))), NOTHING_KNOWN)).isEmpty();
    }

    @Test
    void wordsWhereTheNameSaysANumber() {
        List<Finding> findings = TargetQualityChecker.check(declaration(OUTPUT, EFFECT, SATISFACTION,
                row("产出指标", "时效指标", "资金拨付及时率", "及时"),
                row("产出指标", "数量指标", "参观人次", "较多"),
                row("产出指标", "数量指标", "培训天数", "按计划"),
                row("效益指标", "社会效益指标", "数字化转型程度", "提升"),
                row("产出指标", "时效指标", "完成时间", "2024年6月底前")), NOTHING_KNOWN);
        assertThat(codes(findings)).containsExactly("TARGET_NOT_NUMERIC 资金拨付及时率",
                "TARGET_NOT_NUMERIC 参观人次", "TARGET_NOT_NUMERIC 培训天数");
        assertThat(findings.get(0).message()).contains("及时").contains("不是数值");
    }

    @Test
    void wordsWhereTheLibraryIndicatorIsQuantitative() {
        Map<String, TargetQualityChecker.LibraryHint> library = Map.of(
                "系统稳定性", new TargetQualityChecker.LibraryHint(IndicatorDirection.POSITIVE, "≥99.9%"),
                "科普氛围", new TargetQualityChecker.LibraryHint(IndicatorDirection.QUALITATIVE, "提升"));
        TargetQualityChecker.Context context = new TargetQualityChecker.Context(
                (level2, name) -> Optional.ofNullable(library.get(name)), TargetQualityChecker.LastYearActuals.NONE,
                BigDecimal.TEN);
        List<Finding> findings = TargetQualityChecker.check(declaration(OUTPUT, EFFECT, SATISFACTION,
                row("产出指标", "质量指标", "系统稳定性", "较好"),
                row("产出指标", "质量指标", "故障率", "较低")), context);
        // The library rule replaces the name rule for the same indicator: one finding per target.
        assertThat(codes(findings)).containsExactly("QUALITATIVE_WHERE_QUANTITATIVE 系统稳定性",
                "TARGET_NOT_NUMERIC 故障率");
        assertThat(findings.get(0).message()).contains("≥99.9%").contains("较好");
    }

    @Test
    void targetsNotAboveLastYearsActual() {
        Map<String, String> actuals = Map.of("科普活动数量", "8项", "投诉次数", "2次", "公众满意度", "95%",
                "讲座场次", "10场", "验收合格率", "100%", "安全事故数", "0起", "参观人次", "8万人次");
        TargetQualityChecker.Context context = new TargetQualityChecker.Context((level2, name) -> Optional.empty(),
                (level1, level2, name) -> Optional.ofNullable(actuals.get(name)), BigDecimal.TEN);
        List<Finding> findings = TargetQualityChecker.check(declaration(OUTPUT, EFFECT, SATISFACTION,
                row("效益指标", "社会效益指标", "投诉次数", "≤3次"),
                row("产出指标", "数量指标", "讲座场次", "=12场"),
                row("产出指标", "质量指标", "验收合格率", "=100%"),
                row("产出指标", "质量指标", "安全事故数", "=0起"),
                row("效益指标", "社会效益指标", "参观人次", "≥8000人次")), context);
        // ≥6 项 after 8 项, ≥90% after 95%, ≤3 次 after 2 次; not =12 场 after 10 场, not the limits 100% and 0,
        // not 人次 against 万人次 (different units).
        assertThat(codes(findings)).containsExactly("TARGET_BELOW_LAST_YEAR 科普活动数量",
                "TARGET_BELOW_LAST_YEAR 公众满意度", "TARGET_BELOW_LAST_YEAR 投诉次数");
        assertThat(findings.get(0).message()).contains("8项").contains(">=6项").contains("偏低");
        assertThat(findings.get(2).message()).contains("不低于");
    }

    @Test
    void theSameIndicatorTwice() {
        List<Finding> findings = TargetQualityChecker.check(declaration(OUTPUT, EFFECT, SATISFACTION,
                row("产出指标", "质量指标", "科普活动 数量", ">=8项")), NOTHING_KNOWN);
        assertThat(codes(findings)).containsExactly("DUPLICATE_INDICATOR 科普活动 数量");
        assertThat(findings.get(0).message()).contains("第 1 个");
    }

    @Test
    void satisfactionWithoutAPercentage() {
        List<Finding> findings = TargetQualityChecker.check(declaration(OUTPUT, EFFECT,
                row("满意度指标", "服务对象满意度指标", "公众满意度", "满意"),
                row("满意度指标", "服务对象满意度指标", "企业满意度", "=90"),
                row("效益指标", "社会效益指标", "受益企业的满意度", "≥85%"),
                row("满意度指标", "服务对象满意度指标", "投诉次数", "≤5次")), NOTHING_KNOWN);
        assertThat(codes(findings)).containsExactly("SATISFACTION_NOT_PERCENT 公众满意度",
                "SATISFACTION_NOT_PERCENT 企业满意度");
    }
}
