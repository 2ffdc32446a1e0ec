package org.jixiao.scoring;

import org.jixiao.common.FieldProblem;

import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.exchange.SelfEvaluationForm.FundsRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds malformed input in a self-evaluation form before it is scored, each with a JSON path in the
 * exchange format's snake_case ({@code indicators[2].weight}). An empty list means the form can be scored.
 */
public final class SelfEvaluationValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SelfEvaluationValidator() {
    }

    public static List<FieldProblem> validate(SelfEvaluationForm form, ScoringSettings settings) {
        List<FieldProblem> p = new ArrayList<>();
        if (form == null) {
            p.add(new FieldProblem("", "缺少表单"));
            return p;
        }
        String base = settings.budgetBase() == ScoringSettings.BudgetBase.FULL_YEAR ? "adjusted" : "initial";
        FundsRow total = form.funds() == null ? null : form.funds().total();
        if (form.funds() == null) {
            p.add(new FieldProblem("funds", "缺少资金情况"));
        } else if (total == null) {
            p.add(new FieldProblem("funds.total", "缺少年度资金总额"));
        } else {
            BigDecimal b = base.equals("adjusted") ? total.adjusted() : total.initial();
            if (b == null) {
                p.add(new FieldProblem("funds.total." + base, "缺少" + (base.equals("adjusted") ? "全年预算数" : "年初预算数")));
            }
            if (total.executed() == null) {
                p.add(new FieldProblem("funds.total.executed", "缺少全年执行数"));
            }
        }
        if (form.funds() != null) {
            row(p, "funds.total", total);
            row(p, "funds.appropriation", form.funds().appropriation());
            row(p, "funds.carryover", form.funds().carryover());
            row(p, "funds.other", form.funds().other());
        }
        BigDecimal sum = settings.weights().budget();
        if (form.budgetExecution() != null && form.budgetExecution().weight() != null) {
            sum = form.budgetExecution().weight();
            if (sum.signum() < 0) {
                p.add(new FieldProblem("budget_execution.weight", "分值不能为负数"));
            }
        }
        if (form.budgetExecution() != null && form.budgetExecution().score() != null
                && form.budgetExecution().score().signum() < 0) {
            p.add(new FieldProblem("budget_execution.score", "得分不能为负数"));
        }
        List<SelfEvaluationForm.Indicator> in = form.indicators();
        if (in == null || in.isEmpty()) {
            p.add(new FieldProblem("indicators", "至少需要一个绩效指标"));
            return p;
        }
        boolean weightsComplete = true;
        for (int k = 0; k < in.size(); k++) {
            String at = "indicators[" + k + "]";
            SelfEvaluationForm.Indicator i = in.get(k);
            if (i == null) {
                p.add(new FieldProblem(at, "缺少指标"));
                weightsComplete = false;
                continue;
            }
            if (isBlank(i.level1())) {
                p.add(new FieldProblem(at + ".level1", "缺少一级指标"));
            }
            if (isBlank(i.name())) {
                p.add(new FieldProblem(at + ".name", "缺少三级指标名称"));
            }
            if (isBlank(i.target())) {
                p.add(new FieldProblem(at + ".target", "缺少指标值"));
            }
            if (i.weight() == null) {
                p.add(new FieldProblem(at + ".weight", "缺少分值"));
                weightsComplete = false;
            } else if (i.weight().signum() < 0) {
                p.add(new FieldProblem(at + ".weight", "分值不能为负数"));
            } else {
                sum = sum.add(i.weight());
            }
            if (i.score() != null && i.score().signum() < 0) {
                p.add(new FieldProblem(at + ".score", "得分不能为负数"));
            }
        }
        if (weightsComplete && sum.compareTo(HUNDRED) != 0) {
            p.add(new FieldProblem("indicators", "指标分值与预算执行分值合计应为 100（实际 "
                    + sum.stripTrailingZeros().toPlainString() + "）"));
        }
        if (form.totalWeight() != null && form.totalWeight().compareTo(HUNDRED) != 0) {
            p.add(new FieldProblem("total_weight", "总分值应为 100"));
        }
        return p;
    }

    private static void row(List<FieldProblem> p, String path, FundsRow r) {
        if (r == null) {
            return;
        }
        negative(p, path + ".initial", r.initial());
        negative(p, path + ".adjusted", r.adjusted());
        negative(p, path + ".executed", r.executed());
    }

    private static void negative(List<FieldProblem> p, String path, BigDecimal x) {
        if (x != null && x.signum() < 0) {
            p.add(new FieldProblem(path, "金额不能为负数"));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
