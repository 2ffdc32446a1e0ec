package org.jixiao.declaration;

import org.jixiao.common.ConflictException;
import org.jixiao.common.NotFoundException;
import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.form.FormChecks;
import org.jixiao.form.FormKind;
import org.jixiao.form.FormStatus;
import org.jixiao.form.FormStore;
import org.jixiao.form.IndicatorTree;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.ProjectService;
import org.jixiao.project.Stage;
import org.jixiao.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The target declaration (绩效目标申报表): its rules, version 1 of the targets on approval, and 沿用上年. */
@Service
public class DeclarationStore extends FormStore<TargetDeclaration, TargetDeclarationForm> {

    private final TargetVersions targetVersions;

    public DeclarationStore(TargetDeclarationRepository records, ProjectService projectService,
                            ProjectRepository projects, TargetVersions targetVersions) {
        super(records, projectService, projects, new FormKind<>(Stage.DECLARATION, "declaration",
                TargetDeclarationForm.KIND, "绩效目标申报表", TargetDeclarationForm.class),
                TargetDeclaration::new);
        this.targetVersions = targetVersions;
    }

    @Override
    protected TargetDeclarationForm prefill(Project project) {
        List<TargetDeclarationForm.Indicator> rows = IndicatorTree.LEVELS.entrySet().stream()
                .map(e -> new TargetDeclarationForm.Indicator(e.getKey(), e.getValue().get(0), "", "", ""))
                .toList();
        return new TargetDeclarationForm(null, null, TargetDeclarationForm.KIND, project.getFiscalYear(),
                project.getName(), project.getCategory() == null ? null : project.getCategory().label(),
                project.getDepartment().getName(), project.getUnit().getName(), project.getPlannedStart(),
                project.getPlannedEnd(), "元", null, null, null, rows, null);
    }

    /** Finance's project list states the funds: the unit's declaration starts as a draft holding them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void startWithFunds(Project project, String moneyUnit, TargetDeclarationForm.Funds funds) {
        TargetDeclarationForm p = prefill(project);
        storePrepared(project, new TargetDeclarationForm(p.source(), p.ordinal(), p.form(), p.year(), p.projectName(),
                p.category(), p.supervisingDepartment(), p.implementingUnit(), p.plannedStart(), p.plannedEnd(),
                moneyUnit, funds, p.goalTotal(), p.goalAnnual(), p.indicators(), p.notes()));
    }

    @Override
    protected void checkDraft(TargetDeclarationForm f, FormChecks c) {
        c.moneyUnit("money_unit", f.moneyUnit())
                .text("category", f.category(), 20, "项目类型")
                .text("goal_total", f.goalTotal(), FormChecks.LONG_TEXT_MAX, "项目总目标")
                .text("goal_annual", f.goalAnnual(), FormChecks.LONG_TEXT_MAX, "年度总目标");
        if (f.plannedStart() != null && f.plannedEnd() != null && f.plannedEnd().isBefore(f.plannedStart())) {
            c.add("planned_end", "计划结束日期不能早于计划开始日期");
        }
        TargetDeclarationForm.Funds funds = f.funds();
        if (funds != null) {
            c.money("funds.project_total", funds.projectTotal())
                    .money("funds.annual_request", funds.annualRequest())
                    .money("funds.fiscal", funds.fiscal())
                    .money("funds.appropriation", funds.appropriation())
                    .money("funds.carryover", funds.carryover())
                    .money("funds.other_total", funds.otherTotal())
                    .money("funds.other_annual", funds.otherAnnual());
        }
        c.each("indicators", f.indicators(), (at, i) -> c.indicator(at, i.level1(), i.level2(), i.name())
                        .text(at + ".target_total", i.targetTotal(), FormChecks.VALUE_MAX, "总体指标值")
                        .text(at + ".target_annual", i.targetAnnual(), FormChecks.VALUE_MAX, "年度指标值")
                        .points(at + ".weight", i.weight()));
    }

    @Override
    protected void checkComplete(TargetDeclarationForm f, FormChecks c) {
        c.required("money_unit", f.moneyUnit(), "金额单位")
                .required("goal_annual", f.goalAnnual(), "年度总目标")
                .required("funds", f.funds(), "资金情况");
        TargetDeclarationForm.Funds funds = f.funds();
        if (funds != null) {
            c.required("funds.annual_request", funds.annualRequest(), "年度资金申请总额")
                    .fundsAddUp("funds.annual_request", funds.annualRequest(), funds.appropriation(),
                            funds.carryover(), funds.otherAnnual());
        }
        List<TargetDeclarationForm.Indicator> in = f.indicators() == null ? List.of() : f.indicators();
        if (in.isEmpty()) {
            c.add("indicators", "至少需要一个绩效指标");
        }
        for (int k = 0; k < in.size(); k++) {
            TargetDeclarationForm.Indicator i = in.get(k);
            if (i != null) {
                String at = "indicators[" + k + "]";
                c.indicatorNamed(at, i.level1(), i.level2(), i.name())
                        .required(at + ".target_annual", i.targetAnnual(), "年度指标值");
            }
        }
        c.allLevel1Present("indicators", in.stream().map(i -> i == null ? null : i.level1()).toList());
    }

    @Override
    protected void onFinanceApproved(TargetDeclaration record, Project project, CurrentUser user) {
        targetVersions.fromDeclaration(project.getId(), toExchange(record, project), TargetVersion.Origin.DECLARATION,
                user.getUsername());
    }

    /** An imported declaration counts as approved targets: it becomes a target version too. */
    @Override
    protected void onImported(TargetDeclaration record, TargetDeclarationForm form) {
        targetVersions.fromDeclaration(record.getProjectId(), form, TargetVersion.Origin.IMPORT, null);
    }

    /**
     * 沿用上年: the draft starts from last year's approved targets of the same unit's project of the same name
     * (the latest approved target version), with last year's funds and goals, for the unit to edit.
     */
    @Transactional
    public TargetDeclaration copyPreviousYear(Long projectId, Long clientVersion, CurrentUser user) {
        Project project = projectService.findVisible(projectId, user);
        checkWritable(project, user);
        Project previous = projects.findByFiscalYearAndUnitIdAndName(project.getFiscalYear() - 1,
                        project.getUnit().getId(), project.getName())
                .orElseThrow(() -> new NotFoundException("未找到本单位上年度同名项目“" + project.getName() + "”"));
        TargetDeclaration old = records.findByProjectId(previous.getId())
                .filter(d -> d.getStatus() == FormStatus.APPROVED || d.getStatus() == FormStatus.HISTORICAL)
                .orElseThrow(() -> new ConflictException("上年度项目的绩效目标尚未批准，不能沿用"));
        TargetDeclarationForm last = toExchange(old, previous);
        List<TargetDeclarationForm.Indicator> targets = targetVersions.latest(previous.getId())
                .map(v -> v.getIndicators().stream()
                        .map(i -> new TargetDeclarationForm.Indicator(i.level1(), i.level2(), i.name(),
                                i.targetTotal(), i.targetAnnual(), i.weight()))
                        .toList())
                .orElse(last.indicators());
        TargetDeclarationForm start = new TargetDeclarationForm(null, null, TargetDeclarationForm.KIND,
                project.getFiscalYear(), project.getName(), last.category(), null, null, project.getPlannedStart(),
                project.getPlannedEnd(), last.moneyUnit(), last.funds(), last.goalTotal(), last.goalAnnual(), targets,
                null);
        return saveDraft(projectId, start, clientVersion, user);
    }
}
