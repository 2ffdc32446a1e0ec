package org.jixiao.monitoring;

import org.jixiao.declaration.TargetVersion;
import org.jixiao.declaration.TargetVersions;
import org.jixiao.exchange.MonitoringForm;
import org.jixiao.form.FormChecks;
import org.jixiao.form.FormKind;
import org.jixiao.form.FormStore;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.ProjectService;
import org.jixiao.project.Stage;
import org.jixiao.security.CurrentUser;
import org.jixiao.workflow.ProcessKeys;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Mid-year monitoring (绩效运行监控表): progress per indicator against the current targets; a requested
 * adjustment sends the form on to finance and, once finance approves it, becomes a new target version.
 */
@Service
public class MonitoringStore extends FormStore<MonitoringRecord, MonitoringForm> {

    private final TargetVersions targetVersions;

    public MonitoringStore(MonitoringRepository records, ProjectService projectService, ProjectRepository projects,
                           TargetVersions targetVersions) {
        super(records, projectService, projects, new FormKind<>(Stage.MONITORING, "monitoring", MonitoringForm.KIND,
                "绩效运行监控表", MonitoringForm.class),
                MonitoringRecord::new);
        this.targetVersions = targetVersions;
    }

    /** Starts from the current approved targets and full-year budget. */
    @Override
    protected MonitoringForm prefill(Project project) {
        TargetVersion current = targetVersions.latest(project.getId()).orElse(null);
        List<MonitoringForm.Indicator> rows = current == null ? List.of() : current.getIndicators().stream()
                .map(i -> new MonitoringForm.Indicator(i.level1(), i.level2(), i.name(), i.targetAnnual(), null, null,
                        null, null, null))
                .toList();
        return new MonitoringForm(null, null, MonitoringForm.KIND, project.getFiscalYear(), project.getName(),
                project.getDepartment().getName(), project.getUnit().getName(),
                current == null ? "元" : current.getMoneyUnit(), LocalDate.of(project.getFiscalYear(), 6, 30),
                current == null ? null : current.getFullYearBudget(), null, null, rows, null, null);
    }

    @Override
    protected void checkDraft(MonitoringForm f, FormChecks c) {
        c.moneyUnit("money_unit", f.moneyUnit())
                .money("annual_budget", f.annualBudget())
                .money("executed_to_date", f.executedToDate())
                .text("goal_progress", f.goalProgress(), FormChecks.LONG_TEXT_MAX, "目标完成情况");
        c.each("indicators", f.indicators(), (at, i) -> c.indicator(at, i.level1(), i.level2(), i.name())
                        .text(at + ".target", i.target(), FormChecks.VALUE_MAX, "年度指标值")
                        .text(at + ".achieved_to_date", i.achievedToDate(), FormChecks.VALUE_MAX, "截至目前完成值")
                        .text(at + ".expected_year_end", i.expectedYearEnd(), FormChecks.VALUE_MAX, "预计全年完成值")
                        .text(at + ".deviation_cause", i.deviationCause(), FormChecks.REASON_MAX, "偏差原因")
                        .text(at + ".corrective_measure", i.correctiveMeasure(), FormChecks.REASON_MAX, "纠偏措施"));
        MonitoringForm.Adjustment a = f.adjustment();
        if (a != null) {
            c.money("adjustment.new_annual_budget", a.newAnnualBudget())
                    .text("adjustment.budget_reason", a.budgetReason(), FormChecks.REASON_MAX, "预算调整原因");
            List<MonitoringForm.TargetChange> changes = a.targetChanges() == null ? List.of() : a.targetChanges();
            for (int k = 0; k < changes.size(); k++) {
                MonitoringForm.TargetChange ch = changes.get(k);
                String at = "adjustment.target_changes[" + k + "]";
                if (ch == null) {
                    c.add(at, "缺少调整项");
                    continue;
                }
                c.indicator(at, ch.level1(), ch.level2(), ch.name())
                        .text(at + ".new_target", ch.newTarget(), FormChecks.VALUE_MAX, "调整后指标值")
                        .points(at + ".new_weight", ch.newWeight())
                        .text(at + ".reason", ch.reason(), FormChecks.REASON_MAX, "调整原因");
            }
        }
    }

    @Override
    protected void checkComplete(MonitoringForm f, FormChecks c) {
        c.required("money_unit", f.moneyUnit(), "金额单位")
                .required("period_end", f.periodEnd(), "监控截止日期")
                .required("annual_budget", f.annualBudget(), "全年预算数")
                .required("executed_to_date", f.executedToDate(), "截至目前执行数")
                .required("goal_progress", f.goalProgress(), "目标完成情况");
        List<MonitoringForm.Indicator> in = f.indicators() == null ? List.of() : f.indicators();
        if (in.isEmpty()) {
            c.add("indicators", "至少需要一个绩效指标");
        }
        for (int k = 0; k < in.size(); k++) {
            MonitoringForm.Indicator i = in.get(k);
            if (i == null) {
                continue;
            }
            String at = "indicators[" + k + "]";
            c.indicatorNamed(at, i.level1(), i.level2(), i.name())
                    .required(at + ".target", i.target(), "年度指标值")
                    .required(at + ".achieved_to_date", i.achievedToDate(), "截至目前完成值")
                    .required(at + ".expected_year_end", i.expectedYearEnd(), "预计全年完成值")
                    .required(at + ".light", i.light(), "预警灯");
            if (i.light() != null && i.light() != MonitoringForm.TrafficLight.GREEN) {
                c.required(at + ".deviation_cause", i.deviationCause(), "偏差原因")
                        .required(at + ".corrective_measure", i.correctiveMeasure(), "纠偏措施");
            }
        }
        c.allLevel1Present("indicators", in.stream().map(i -> i == null ? null : i.level1()).toList());
        MonitoringForm.Adjustment a = f.adjustment();
        if (a == null) {
            return;
        }
        List<MonitoringForm.TargetChange> changes = a.targetChanges() == null ? List.of() : a.targetChanges();
        if (a.newAnnualBudget() == null && changes.isEmpty()) {
            c.add("adjustment", "申请调整时请填写调整后的全年预算数或调整的指标");
        }
        if (a.newAnnualBudget() != null) {
            c.required("adjustment.budget_reason", a.budgetReason(), "预算调整原因");
        }
        for (int k = 0; k < changes.size(); k++) {
            MonitoringForm.TargetChange ch = changes.get(k);
            if (ch == null) {
                continue;
            }
            String at = "adjustment.target_changes[" + k + "]";
            c.indicatorNamed(at, ch.level1(), ch.level2(), ch.name())
                    .required(at + ".reason", ch.reason(), "调整原因");
            if (ch.newTarget() == null && ch.newWeight() == null) {
                c.add(at + ".new_target", "请填写调整后的指标值或分值");
            }
        }
    }

    @Override
    protected void onSubmitted(MonitoringRecord record, MonitoringForm form, Map<String, Object> variables) {
        variables.put(ProcessKeys.VAR_ADJUSTMENT_REQUESTED, form.adjustment() != null);
    }

    /** An approved adjustment is the next version of the targets and the full-year budget. */
    @Override
    protected void onFinanceApproved(MonitoringRecord record, Project project, CurrentUser user) {
        if (record.isAdjustmentRequested()) {
            MonitoringForm form = toExchange(record, project);
            targetVersions.adjusted(project.getId(), form.moneyUnit(), form.adjustment(), user.getUsername());
        }
    }
}
