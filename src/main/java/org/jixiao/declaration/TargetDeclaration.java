package org.jixiao.declaration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.form.FormRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 绩效目标申报表 of one project: funds, goals and the indicator tree with total and annual targets. */
@Entity
@Table(name = "target_declaration")
public class TargetDeclaration extends FormRecord<TargetDeclarationForm> {

    private String category;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private BigDecimal projectTotal;
    private BigDecimal annualRequest;
    private BigDecimal fiscal;
    private BigDecimal appropriation;
    private BigDecimal carryover;
    private BigDecimal otherTotal;
    private BigDecimal otherAnnual;
    private String goalTotal;
    private String goalAnnual;

    @ElementCollection
    @CollectionTable(name = "declaration_indicator", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<DeclarationIndicator> indicators = new ArrayList<>();

    protected TargetDeclaration() {
    }

    TargetDeclaration(Long projectId) {
        super(projectId);
    }

    @Override
    protected void apply(TargetDeclarationForm f) {
        applyHeader(f, f.source(), f.ordinal(), f.notes());
        category = f.category();
        plannedStart = f.plannedStart();
        plannedEnd = f.plannedEnd();
        TargetDeclarationForm.Funds funds = f.funds();
        projectTotal = funds == null ? null : funds.projectTotal();
        annualRequest = funds == null ? null : funds.annualRequest();
        fiscal = funds == null ? null : funds.fiscal();
        appropriation = funds == null ? null : funds.appropriation();
        carryover = funds == null ? null : funds.carryover();
        otherTotal = funds == null ? null : funds.otherTotal();
        otherAnnual = funds == null ? null : funds.otherAnnual();
        goalTotal = f.goalTotal();
        goalAnnual = f.goalAnnual();
        indicators.clear();
        if (f.indicators() != null) {
            f.indicators().forEach(i -> indicators.add(new DeclarationIndicator(i)));
        }
    }

    @Override
    protected TargetDeclarationForm toExchange(int year) {
        TargetDeclarationForm.Funds funds = new TargetDeclarationForm.Funds(projectTotal, annualRequest, fiscal,
                appropriation, carryover, otherTotal, otherAnnual);
        return new TargetDeclarationForm(getSource(), getOrdinal(), TargetDeclarationForm.KIND, year, getProjectName(),
                category, getSupervisingDepartment(), getImplementingUnit(), plannedStart, plannedEnd, getMoneyUnit(),
                funds, goalTotal, goalAnnual, indicators.stream().map(DeclarationIndicator::toExchange).toList(),
                getNotes());
    }
}
