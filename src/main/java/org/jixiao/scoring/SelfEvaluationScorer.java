package org.jixiao.scoring;

import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.exchange.SelfEvaluationForm.FundsRow;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a self-evaluation form (财政项目支出绩效自评表): budget execution, each indicator, total and grade.
 * Pure and stateless; the form's scores may be {@code null} (then the suggestions count).
 * Expects a form that {@link SelfEvaluationValidator} accepts, but does not throw on blanks.
 */
public final class SelfEvaluationScorer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ScoreReport score(SelfEvaluationForm form, ScoringSettings settings) {
        BudgetExecutionScore budget = budgetExecution(form, settings);
        List<SelfEvaluationForm.Indicator> in = form.indicators() == null ? List.of() : form.indicators();
        List<IndicatorScore> out = new ArrayList<>(in.size());
        BigDecimal total = budget.score();
        BigDecimal weights = budget.weight();
        BigDecimal output = BigDecimal.ZERO;
        BigDecimal effect = BigDecimal.ZERO;
        BigDecimal satisfaction = BigDecimal.ZERO;
        for (SelfEvaluationForm.Indicator i : in) {
            if (i == null) {
                continue;
            }
            IndicatorScore x = indicator(i, settings);
            out.add(x);
            total = total.add(x.effectiveScore());
            if (i.weight() != null) {
                weights = weights.add(i.weight());
                String l1 = i.level1() == null ? "" : i.level1().strip();
                switch (l1) {
                    case ScoringSettings.Level1Weights.OUTPUT -> output = output.add(i.weight());
                    case ScoringSettings.Level1Weights.EFFECT -> effect = effect.add(i.weight());
                    case ScoringSettings.Level1Weights.SATISFACTION -> satisfaction = satisfaction.add(i.weight());
                    default -> {
                    }
                }
            }
        }
        total = total.setScale(settings.scale(), settings.rounding());
        Grade grade = Grade.of(total);

        List<String> problems = new ArrayList<>(2);
        SelfEvaluationForm.BudgetExecution printed = form.budgetExecution();
        if (printed != null && printed.ratePct() != null && printed.ratePct().compareTo(budget.ratePct()) != 0) {
            problems.add("预算执行率应为 " + budget.ratePct().toPlainString() + "%（填写 " + printed.ratePct().toPlainString() + "%）");
        }
        if (printed != null && printed.score() != null && printed.score().compareTo(budget.score()) != 0) {
            problems.add("预算执行得分应为 " + budget.score().toPlainString() + "（填写 " + printed.score().toPlainString() + "）");
        }
        if (weights.compareTo(HUNDRED) != 0) {
            problems.add("分值合计应为 100（实际 " + weights.stripTrailingZeros().toPlainString() + "）");
        }
        ScoringSettings.Level1Weights lw = settings.weights();
        level1(problems, ScoringSettings.Level1Weights.OUTPUT, output, lw.output());
        level1(problems, ScoringSettings.Level1Weights.EFFECT, effect, lw.effect());
        level1(problems, ScoringSettings.Level1Weights.SATISFACTION, satisfaction, lw.satisfaction());
        if (form.totalScore() != null && form.totalScore().compareTo(total) != 0) {
            problems.add("总分应为 " + total.toPlainString() + "（填写 " + form.totalScore().toPlainString() + "）");
        }
        Grade printedGrade = Grade.fromLabel(form.grade());
        if (form.grade() != null && !form.grade().isBlank() && printedGrade != grade) {
            problems.add("评分等级应为 " + grade.label() + "（填写 " + form.grade().strip() + "）");
        }
        return new ScoreReport(budget, List.copyOf(out), total, grade, List.copyOf(problems));
    }

    private static void level1(List<String> problems, String name, BigDecimal actual, BigDecimal expected) {
        if (actual.compareTo(expected) != 0) {
            problems.add(name + "分值合计为 " + actual.stripTrailingZeros().toPlainString()
                    + "，设定为 " + expected.stripTrailingZeros().toPlainString());
        }
    }

    /**
     * 预算执行率 = 全年执行数 / 全年预算数 (or 年初预算数) of the 年度资金总额 row, a percentage cut to two
     * decimals; score = weight × min(rate, 100 %) cut to two decimals. Budget 0 or blank → 0 and 0. The
     * weight is the form's, else the setting's.
     */
    public static BudgetExecutionScore budgetExecution(SelfEvaluationForm form, ScoringSettings s) {
        FundsRow row = form.funds() == null ? null : form.funds().total();
        BigDecimal base = row == null ? null
                : s.budgetBase() == ScoringSettings.BudgetBase.FULL_YEAR ? row.adjusted() : row.initial();
        BigDecimal executed = row == null ? null : row.executed();
        BigDecimal weight = form.budgetExecution() != null && form.budgetExecution().weight() != null
                ? form.budgetExecution().weight() : s.weights().budget();
        return budgetExecution(base, executed, weight, s);
    }

    public static BudgetExecutionScore budgetExecution(BigDecimal budget, BigDecimal executed, BigDecimal weight,
                                                       ScoringSettings s) {
        BigDecimal zero = BigDecimal.ZERO.setScale(s.scale());
        if (budget == null || budget.signum() <= 0 || executed == null || executed.signum() < 0) {
            return new BudgetExecutionScore(budget, executed, zero, weight, zero);
        }
        BigDecimal rate = s.cut(executed.multiply(HUNDRED).divide(budget, MathContext.DECIMAL64));
        BigDecimal capped = rate.min(HUNDRED);
        BigDecimal score = s.cut(weight.multiply(capped).divide(HUNDRED, MathContext.DECIMAL64));
        return new BudgetExecutionScore(budget, executed, rate, weight, score);
    }

    /** Judges one indicator of a form and lists its problems. */
    public static IndicatorScore indicator(SelfEvaluationForm.Indicator i, ScoringSettings s) {
        ParsedValue target = ValueParser.parse(i.target());
        ParsedValue actual = ValueParser.parse(i.actual());
        IndicatorRules.Judgement j = IndicatorRules.judge(target, actual, i.weight(), s);
        BigDecimal score = i.score();
        List<String> problems = new ArrayList<>(2);
        if (i.weight() == null) {
            problems.add("分值缺失");
        }
        ScoreRange r = j.range();
        if (score != null && !r.contains(score)) {
            problems.add("得分超出允许范围（" + r.min().toPlainString() + "–" + r.max().toPlainString() + "）");
        }
        BigDecimal effective = score != null ? score : j.suggested();
        boolean noReason = isBlank(i.deviationReason());
        if (i.weight() != null && effective != null && effective.compareTo(i.weight()) < 0 && noReason) {
            problems.add("得分低于分值但未填写偏差原因");
        }
        if (j.overAchieved() && noReason) {
            problems.add("超额完成" + s.overAchievementThreshold().movePointRight(2).stripTrailingZeros().toPlainString()
                    + "%以上需说明原因");
        }
        if (j.met() == null && score == null) {
            problems.add("无法自动判断是否达成，需人工评分");
        }
        return new IndicatorScore(i.level1(), i.level2(), i.name(), target, actual, i.weight(), score,
                j.met(), j.suggested(), r.min(), r.max(), j.overAchieved(), List.copyOf(problems));
    }

    /** A deviation reason that says nothing: blank, 无, /, —. */
    static boolean isBlank(String reason) {
        if (reason == null) {
            return true;
        }
        String r = reason.strip();
        return r.isEmpty() || r.equals("无") || r.equals("/") || r.equals("—") || r.equals("-") || r.equals("／");
    }
}
