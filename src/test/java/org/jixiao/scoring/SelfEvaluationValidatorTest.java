package org.jixiao.scoring;

import org.jixiao.common.FieldProblem;

import org.jixiao.exchange.SelfEvaluationForm;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SelfEvaluationValidatorTest {

    private static final ScoringSettings S = ScoringSettings.defaults();

    private static SelfEvaluationForm withIndicators(SelfEvaluationForm f, List<SelfEvaluationForm.Indicator> in) {
        return new SelfEvaluationForm(f.source(), f.ordinal(), f.form(), f.year(), f.projectName(),
                f.supervisingDepartment(), f.implementingUnit(), f.moneyUnit(), f.funds(), f.budgetExecution(),
                f.goalExpected(), f.goalActual(), in, f.totalWeight(), f.totalScore(), f.grade(), f.notes());
    }

    private static SelfEvaluationForm.Indicator weight(SelfEvaluationForm.Indicator i, String w) {
        return new SelfEvaluationForm.Indicator(i.level1(), i.level2(), i.name(), i.target(), i.actual(),
                w == null ? null : new BigDecimal(w), i.score(), i.deviationReason());
    }

    @Test
    void missingAndNegativeWeightsAreReportedWithTheirPath() {
        SelfEvaluationForm f = Fixtures.selfEvaluation("000-07.json");
        List<SelfEvaluationForm.Indicator> in = new ArrayList<>(f.indicators());
        in.set(2, weight(in.get(2), null));
        in.set(4, weight(in.get(4), "-6"));
        List<FieldProblem> p = SelfEvaluationValidator.validate(withIndicators(f, in), S);
        assertThat(p).contains(new FieldProblem("indicators[2].weight", "缺少分值"),
                new FieldProblem("indicators[4].weight", "分值不能为负数"));
    }

    @Test
    void weightsMustAddUpTo100WithBudget() {
        SelfEvaluationForm f = Fixtures.selfEvaluation("000-07.json");
        List<SelfEvaluationForm.Indicator> in = new ArrayList<>(f.indicators());
        in.set(0, weight(in.get(0), "8")); // 7 → 8: 101 in all
        List<FieldProblem> p = SelfEvaluationValidator.validate(withIndicators(f, in), S);
        assertThat(p).extracting(FieldProblem::field).containsExactly("indicators");
        assertThat(p.get(0).message()).contains("101");
    }

    @Test
    void missingFundsAndIndicators() {
        SelfEvaluationForm f = Fixtures.selfEvaluation("000-07.json");
        SelfEvaluationForm empty = new SelfEvaluationForm(null, null, "self_evaluation", 2022, "x", "", "y", "元",
                new SelfEvaluationForm.Funds(new SelfEvaluationForm.FundsRow(null, null, new BigDecimal("-1")),
                        null, null, null),
                f.budgetExecution(), null, null, List.of(), null, null, null, null);
        List<FieldProblem> p = SelfEvaluationValidator.validate(empty, S);
        assertThat(p).extracting(FieldProblem::field)
                .contains("funds.total.adjusted", "funds.total.executed", "indicators");
        assertThat(SelfEvaluationValidator.validate(null, S)).hasSize(1);
    }

    @Test
    void initialBudgetIsRequiredWhenItIsTheBase() {
        // 000-07 has 年初预算数 in the total row; blank it and ask for the INITIAL base
        SelfEvaluationForm f = Fixtures.selfEvaluation("000-07.json");
        var t = f.funds().total();
        SelfEvaluationForm g = new SelfEvaluationForm(f.source(), f.ordinal(), f.form(), f.year(), f.projectName(),
                f.supervisingDepartment(), f.implementingUnit(), f.moneyUnit(),
                new SelfEvaluationForm.Funds(new SelfEvaluationForm.FundsRow(null, t.adjusted(), t.executed()),
                        f.funds().appropriation(), f.funds().carryover(), f.funds().other()),
                f.budgetExecution(), f.goalExpected(), f.goalActual(), f.indicators(), f.totalWeight(),
                f.totalScore(), f.grade(), f.notes());
        assertThat(SelfEvaluationValidator.validate(g, S)).isEmpty();
        assertThat(SelfEvaluationValidator.validate(g, S.withBudgetBase(ScoringSettings.BudgetBase.INITIAL)))
                .extracting(FieldProblem::field).containsExactly("funds.total.initial");
    }
}
