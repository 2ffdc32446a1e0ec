package org.jixiao.evaluation;

import org.jixiao.declaration.DeclarationStore;
import org.jixiao.declaration.TargetVersion;
import org.jixiao.declaration.TargetVersions;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.exchange.SelfEvaluationForm.FundsRow;
import org.jixiao.form.FormChecks;
import org.jixiao.form.FormKind;
import org.jixiao.form.FormStore;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.ProjectService;
import org.jixiao.project.Stage;
import org.jixiao.scoring.ScoringSettings;
import org.jixiao.scoring.SelfEvaluationValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The year-end self-evaluation (绩效自评表), prefilled from the latest approved target version; its
 * completeness rules are the scoring validator's plus the funds and indicator-tree rules of every form.
 */
@Service
public class SelfEvaluationStore extends FormStore<SelfEvaluation, SelfEvaluationForm> {

    private static final Set<String> GRADES = Set.of("优", "良", "中", "差");

    private final TargetVersions targetVersions;
    private final DeclarationStore declarations;

    public SelfEvaluationStore(SelfEvaluationRepository records, ProjectService projectService,
                               ProjectRepository projects, TargetVersions targetVersions,
                               DeclarationStore declarations) {
        super(records, projectService, projects, new FormKind<>(Stage.SELF_EVALUATION, "self-evaluation",
                SelfEvaluationForm.KIND, "绩效自评表", SelfEvaluationForm.class),
                SelfEvaluation::new);
        this.targetVersions = targetVersions;
        this.declarations = declarations;
    }

    /** Targets, weights and full-year budget of the latest approved version; 年初预算数 and goal from the declaration. */
    @Override
    protected SelfEvaluationForm prefill(Project project) {
        Optional<TargetVersion> latest = targetVersions.latest(project.getId());
        var declaration = declarations.view(project).form();
        BigDecimal initial = declaration.funds() == null ? null : declaration.funds().annualRequest();
        BigDecimal fullYear = latest.map(TargetVersion::getFullYearBudget).orElse(initial);
        List<SelfEvaluationForm.Indicator> rows = latest.map(v -> v.getIndicators().stream()
                        .map(i -> new SelfEvaluationForm.Indicator(i.level1(), i.level2(), i.name(), i.targetAnnual(),
                                null, i.weight(), null, null))
                        .toList())
                .orElse(List.of());
        SelfEvaluationForm.Funds funds = new SelfEvaluationForm.Funds(new FundsRow(initial, fullYear, null),
                new FundsRow(null, null, null), new FundsRow(null, null, null), new FundsRow(null, null, null));
        return new SelfEvaluationForm(null, null, SelfEvaluationForm.KIND, project.getFiscalYear(), project.getName(),
                project.getDepartment().getName(), project.getUnit().getName(),
                latest.map(TargetVersion::getMoneyUnit).orElse(declaration.moneyUnit()), funds,
                new SelfEvaluationForm.BudgetExecution(ScoringSettings.defaults().weights().budget(), null, null),
                declaration.goalAnnual(), null, rows, null, null, null, null);
    }

    @Override
    protected void checkDraft(SelfEvaluationForm f, FormChecks c) {
        c.moneyUnit("money_unit", f.moneyUnit())
                .text("goal_expected", f.goalExpected(), FormChecks.LONG_TEXT_MAX, "预期目标")
                .text("goal_actual", f.goalActual(), FormChecks.LONG_TEXT_MAX, "实际完成情况")
                .points("total_weight", f.totalWeight())
                .points("total_score", f.totalScore());
        if (f.grade() != null && !f.grade().isBlank() && !GRADES.contains(f.grade().strip())) {
            c.add("grade", "评分等级只能是优、良、中、差");
        }
        SelfEvaluationForm.Funds funds = f.funds();
        if (funds != null) {
            fundsRow(c, "funds.total", funds.total());
            fundsRow(c, "funds.appropriation", funds.appropriation());
            fundsRow(c, "funds.carryover", funds.carryover());
            fundsRow(c, "funds.other", funds.other());
        }
        SelfEvaluationForm.BudgetExecution b = f.budgetExecution();
        if (b != null) {
            c.points("budget_execution.weight", b.weight())
                    .money("budget_execution.rate_pct", b.ratePct())
                    .points("budget_execution.score", b.score());
        }
        c.each("indicators", f.indicators(), (at, i) -> c.indicator(at, i.level1(), i.level2(), i.name())
                        .text(at + ".target", i.target(), FormChecks.VALUE_MAX, "年度指标值")
                        .text(at + ".actual", i.actual(), FormChecks.VALUE_MAX, "实际完成值")
                        .points(at + ".weight", i.weight())
                        .points(at + ".score", i.score())
                        .text(at + ".deviation_reason", i.deviationReason(), FormChecks.REASON_MAX, "偏差原因分析及改进措施"));
    }

    private static void fundsRow(FormChecks c, String path, FundsRow row) {
        if (row != null) {
            c.money(path + ".initial", row.initial())
                    .money(path + ".adjusted", row.adjusted())
                    .money(path + ".executed", row.executed());
        }
    }

    /** The scoring validator's rules (funds present, weights add up to 100 …) plus the rules of every form. */
    @Override
    protected void checkComplete(SelfEvaluationForm f, FormChecks c) {
        SelfEvaluationValidator.validate(f, ScoringSettings.defaults())
                .forEach(p -> c.add(p.field(), p.message()));
        c.required("money_unit", f.moneyUnit(), "金额单位")
                .required("goal_actual", f.goalActual(), "实际完成情况");
        SelfEvaluationForm.Funds funds = f.funds();
        if (funds != null && funds.total() != null) {
            FundsRow t = funds.total();
            FundsRow a = orEmpty(funds.appropriation());
            FundsRow cy = orEmpty(funds.carryover());
            FundsRow o = orEmpty(funds.other());
            c.fundsAddUp("funds.total.initial", t.initial(), a.initial(), cy.initial(), o.initial())
                    .fundsAddUp("funds.total.adjusted", t.adjusted(), a.adjusted(), cy.adjusted(), o.adjusted())
                    .fundsAddUp("funds.total.executed", t.executed(), a.executed(), cy.executed(), o.executed());
        }
        List<SelfEvaluationForm.Indicator> in = f.indicators() == null ? List.of() : f.indicators();
        for (int k = 0; k < in.size(); k++) {
            SelfEvaluationForm.Indicator i = in.get(k);
            if (i != null) {
                String at = "indicators[" + k + "]";
                c.required(at + ".level2", i.level2(), "二级指标")
                        .required(at + ".actual", i.actual(), "实际完成值");
            }
        }
        c.allLevel1Present("indicators", in.stream().map(i -> i == null ? null : i.level1()).toList());
    }

    private static FundsRow orEmpty(FundsRow row) {
        return row == null ? new FundsRow(null, null, null) : row;
    }

    /** The scoring step's results, for the review pages; empty until the form has been scored. */
    @Transactional(readOnly = true)
    public Optional<ScoringView> scoring(Long projectId) {
        return records.findByProjectId(projectId).filter(e -> e.getScoredAt() != null).map(e -> new ScoringView(
                e.getExecutionRatePct(), e.getBudgetScore(), e.getTotalScore(), e.getGrade(), e.getScoringProblems(),
                e.getIndicators().stream().map(i -> new ScoringView.Row(i.getWeight(), i.getScore(),
                        i.getSuggestedScore(), i.getMinScore(), i.getMaxScore(), i.getMet(), i.getProblems())).toList()));
    }

    /** Suggested next to given scores, per indicator in form order. */
    public record ScoringView(BigDecimal ratePct, BigDecimal budgetScore, BigDecimal totalScore, String grade,
                              String problems, List<Row> rows) {
        public record Row(BigDecimal weight, BigDecimal score, BigDecimal suggested, BigDecimal min, BigDecimal max,
                          Boolean met, String problems) {
        }
    }
}
