package org.jixiao.scoring;

import org.jixiao.exchange.SelfEvaluationForm;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetExecutionTest {

    private static final ScoringSettings S = ScoringSettings.defaults();
    private static final BigDecimal TEN = BigDecimal.TEN;

    private static BudgetExecutionScore of(String budget, String executed, ScoringSettings s) {
        return SelfEvaluationScorer.budgetExecution(new BigDecimal(budget), new BigDecimal(executed), TEN, s);
    }

    @Test
    void seedExamples() {
        // 19.50 / 19.80 = 0.984848… → 98.48 %; 10 × 0.9848 = 9.848 → 9.84
        BudgetExecutionScore a = of("19.80", "19.50", S);
        assertThat(a.ratePct()).isEqualTo(new BigDecimal("98.48"));
        assertThat(a.score()).isEqualTo(new BigDecimal("9.84"));
        // 3533.88 / 3602.50 = 0.980952… → 98.09 %; 9.809 → 9.80
        BudgetExecutionScore b = of("3602.50", "3533.88", S);
        assertThat(b.ratePct()).isEqualTo(new BigDecimal("98.09"));
        assertThat(b.score()).isEqualTo(new BigDecimal("9.80"));
    }

    @Test
    void zeroBudgetGivesZero() {
        BudgetExecutionScore z = of("0", "0", S);
        assertThat(z.ratePct()).isEqualByComparingTo("0");
        assertThat(z.score()).isEqualByComparingTo("0");
        BudgetExecutionScore blank = SelfEvaluationScorer.budgetExecution(null, BigDecimal.ONE, TEN, S);
        assertThat(blank.score()).isEqualByComparingTo("0");
    }

    @Test
    void overspendingIsCappedAt100Percent() {
        BudgetExecutionScore o = of("100", "110", S);
        assertThat(o.ratePct()).isEqualByComparingTo("110.00");
        assertThat(o.score()).isEqualByComparingTo("10.00");
    }

    @Test
    void truncatesByDefaultAndRoundsWhenSet() {
        // 2 / 3 = 66.666…%
        BudgetExecutionScore down = of("3", "2", S);
        assertThat(down.ratePct()).isEqualTo(new BigDecimal("66.66"));
        assertThat(down.score()).isEqualTo(new BigDecimal("6.66"));
        BudgetExecutionScore up = of("3", "2", S.withRounding(2, RoundingMode.HALF_UP));
        assertThat(up.ratePct()).isEqualTo(new BigDecimal("66.67"));
        assertThat(up.score()).isEqualTo(new BigDecimal("6.67"));
    }

    @Test
    void initialBudgetAlternative() {
        SelfEvaluationForm f = Fixtures.selfEvaluation("000-07.json");
        // full year: 1366453 / 1366453.00
        BudgetExecutionScore full = SelfEvaluationScorer.budgetExecution(f, S);
        assertThat(full.ratePct()).isEqualByComparingTo("100.00");
        assertThat(full.score()).isEqualByComparingTo("10.00");
        // initial: 1366453 / 4460000 = 0.3063796… → 30.63 %; 10 × 0.3063 = 3.063 → 3.06
        BudgetExecutionScore initial = SelfEvaluationScorer.budgetExecution(f,
                S.withBudgetBase(ScoringSettings.BudgetBase.INITIAL));
        assertThat(initial.ratePct()).isEqualTo(new BigDecimal("30.63"));
        assertThat(initial.score()).isEqualTo(new BigDecimal("3.06"));
    }

    @Test
    void settingsDefaultsAreShanghai() {
        ScoringSettings d = ScoringSettings.defaults();
        assertThat(d.weights().budget()).isEqualByComparingTo("10");
        assertThat(d.weights().of("产出指标")).isEqualByComparingTo("50");
        assertThat(d.weights().of("效益指标")).isEqualByComparingTo("30");
        assertThat(d.weights().of("满意度指标")).isEqualByComparingTo("10");
        assertThat(d.budgetBase()).isEqualTo(ScoringSettings.BudgetBase.FULL_YEAR);
        assertThat(d.reverseFormula()).isEqualTo(ScoringSettings.ReverseFormula.RATIO);
        assertThat(d.overAchievementThreshold()).isEqualByComparingTo("0.30");
        assertThat(d.rounding()).isEqualTo(RoundingMode.DOWN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScoringSettings.Level1Weights.of(10, 45, 30, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ScoringSettings.Level1Weights.of(10, 45, 30, 15).output()).isEqualByComparingTo("45");
    }

    @Test
    void grades() {
        assertThat(Grade.of(new BigDecimal("90.00"))).isEqualTo(Grade.EXCELLENT);
        assertThat(Grade.of(new BigDecimal("89.99"))).isEqualTo(Grade.GOOD);
        assertThat(Grade.of(new BigDecimal("80"))).isEqualTo(Grade.GOOD);
        assertThat(Grade.of(new BigDecimal("79.99"))).isEqualTo(Grade.PASS);
        assertThat(Grade.of(new BigDecimal("60"))).isEqualTo(Grade.PASS);
        assertThat(Grade.of(new BigDecimal("59.99"))).isEqualTo(Grade.POOR);
        assertThat(Grade.of(BigDecimal.ZERO).label()).isEqualTo("差");
    }
}
