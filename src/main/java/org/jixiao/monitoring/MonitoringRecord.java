package org.jixiao.monitoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jixiao.exchange.MonitoringForm;
import org.jixiao.form.FormRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 绩效运行监控表 of one project, with the adjustment it may request. */
@Entity
@Table(name = "monitoring_form")
public class MonitoringRecord extends FormRecord<MonitoringForm> {

    private LocalDate periodEnd;
    private BigDecimal annualBudget;
    private BigDecimal executedToDate;
    private String goalProgress;
    private boolean adjustmentRequested;
    private BigDecimal newAnnualBudget;
    private String budgetReason;

    @ElementCollection
    @CollectionTable(name = "monitoring_indicator", joinColumns = @JoinColumn(name = "monitoring_id"))
    @OrderColumn(name = "position")
    private List<MonitoringIndicator> indicators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "monitoring_target_change", joinColumns = @JoinColumn(name = "monitoring_id"))
    @OrderColumn(name = "position")
    private List<TargetChangeRow> targetChanges = new ArrayList<>();

    protected MonitoringRecord() {
    }

    MonitoringRecord(Long projectId) {
        super(projectId);
    }

    @Override
    protected void apply(MonitoringForm f) {
        applyHeader(f, f.source(), f.ordinal(), f.notes());
        periodEnd = f.periodEnd();
        annualBudget = f.annualBudget();
        executedToDate = f.executedToDate();
        goalProgress = f.goalProgress();
        indicators.clear();
        if (f.indicators() != null) {
            f.indicators().forEach(i -> indicators.add(new MonitoringIndicator(i)));
        }
        MonitoringForm.Adjustment a = f.adjustment();
        adjustmentRequested = a != null;
        newAnnualBudget = a == null ? null : a.newAnnualBudget();
        budgetReason = a == null ? null : a.budgetReason();
        targetChanges.clear();
        if (a != null && a.targetChanges() != null) {
            a.targetChanges().forEach(c -> targetChanges.add(new TargetChangeRow(c)));
        }
    }

    @Override
    protected MonitoringForm toExchange(int year) {
        MonitoringForm.Adjustment adjustment = adjustmentRequested
                ? new MonitoringForm.Adjustment(newAnnualBudget, budgetReason,
                targetChanges.stream().map(TargetChangeRow::toExchange).toList())
                : null;
        return new MonitoringForm(getSource(), getOrdinal(), MonitoringForm.KIND, year, getProjectName(),
                getSupervisingDepartment(), getImplementingUnit(), getMoneyUnit(), periodEnd, annualBudget,
                executedToDate, goalProgress, indicators.stream().map(MonitoringIndicator::toExchange).toList(),
                adjustment, getNotes());
    }

    public boolean isAdjustmentRequested() {
        return adjustmentRequested;
    }
}
