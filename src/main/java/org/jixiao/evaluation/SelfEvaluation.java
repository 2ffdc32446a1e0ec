package org.jixiao.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.exchange.SelfEvaluationForm.FundsRow;
import org.jixiao.form.FormRecord;
import org.jixiao.scoring.ScoreReport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * 财政项目支出绩效自评表 of one project. The 年度资金总额 row sits in {@code initial_budget},
 * {@code full_year_budget}, {@code executed}; {@code execution_rate_pct}, {@code total_score} and
 * {@code grade} hold the results (as printed, then as scored), so the cockpit can aggregate them in SQL.
 */
@Entity
@Table(name = "self_evaluation")
public class SelfEvaluation extends FormRecord<SelfEvaluationForm> {

    private BigDecimal initialBudget;
    private BigDecimal fullYearBudget;
    private BigDecimal executed;
    private BigDecimal appropriationInitial;
    private BigDecimal appropriationFullYear;
    private BigDecimal appropriationExecuted;
    private BigDecimal carryoverInitial;
    private BigDecimal carryoverFullYear;
    private BigDecimal carryoverExecuted;
    private BigDecimal otherInitial;
    private BigDecimal otherFullYear;
    private BigDecimal otherExecuted;
    private BigDecimal budgetWeight;
    private BigDecimal executionRatePct;
    private BigDecimal budgetScore;
    private String goalExpected;
    private String goalActual;
    private BigDecimal totalWeight;
    private BigDecimal totalScore;
    private String grade;
    private Instant scoredAt;
    private String scoringProblems;

    @ElementCollection
    @CollectionTable(name = "self_evaluation_indicator", joinColumns = @JoinColumn(name = "self_evaluation_id"))
    @OrderColumn(name = "position")
    private List<SelfEvaluationIndicator> indicators = new ArrayList<>();

    protected SelfEvaluation() {
    }

    SelfEvaluation(Long projectId) {
        super(projectId);
    }

    @Override
    protected void apply(SelfEvaluationForm f) {
        applyHeader(f, f.source(), f.ordinal(), f.notes());
        SelfEvaluationForm.Funds funds = f.funds();
        FundsRow total = funds == null ? null : funds.total();
        FundsRow appropriation = funds == null ? null : funds.appropriation();
        FundsRow carryover = funds == null ? null : funds.carryover();
        FundsRow other = funds == null ? null : funds.other();
        initialBudget = total == null ? null : total.initial();
        fullYearBudget = total == null ? null : total.adjusted();
        executed = total == null ? null : total.executed();
        appropriationInitial = appropriation == null ? null : appropriation.initial();
        appropriationFullYear = appropriation == null ? null : appropriation.adjusted();
        appropriationExecuted = appropriation == null ? null : appropriation.executed();
        carryoverInitial = carryover == null ? null : carryover.initial();
        carryoverFullYear = carryover == null ? null : carryover.adjusted();
        carryoverExecuted = carryover == null ? null : carryover.executed();
        otherInitial = other == null ? null : other.initial();
        otherFullYear = other == null ? null : other.adjusted();
        otherExecuted = other == null ? null : other.executed();
        SelfEvaluationForm.BudgetExecution b = f.budgetExecution();
        budgetWeight = b == null ? null : b.weight();
        executionRatePct = b == null ? null : b.ratePct();
        budgetScore = b == null ? null : b.score();
        goalExpected = f.goalExpected();
        goalActual = f.goalActual();
        totalWeight = f.totalWeight();
        totalScore = f.totalScore();
        grade = f.grade();
        indicators.clear();
        if (f.indicators() != null) {
            f.indicators().forEach(i -> indicators.add(new SelfEvaluationIndicator(i)));
        }
        scoredAt = null;
        scoringProblems = null;
    }

    @Override
    protected SelfEvaluationForm toExchange(int year) {
        SelfEvaluationForm.Funds funds = new SelfEvaluationForm.Funds(
                new FundsRow(initialBudget, fullYearBudget, executed),
                new FundsRow(appropriationInitial, appropriationFullYear, appropriationExecuted),
                new FundsRow(carryoverInitial, carryoverFullYear, carryoverExecuted),
                new FundsRow(otherInitial, otherFullYear, otherExecuted));
        return new SelfEvaluationForm(getSource(), getOrdinal(), SelfEvaluationForm.KIND, year, getProjectName(),
                getSupervisingDepartment(), getImplementingUnit(), getMoneyUnit(), funds,
                new SelfEvaluationForm.BudgetExecution(budgetWeight, executionRatePct, budgetScore),
                goalExpected, goalActual, indicators.stream().map(SelfEvaluationIndicator::toExchange).toList(),
                totalWeight, totalScore, grade, getNotes());
    }

    /** Stores the scoring step's results: per indicator, and the budget execution, total and grade. */
    void scored(ScoreReport report, List<String> problems) {
        for (int k = 0; k < indicators.size() && k < report.indicators().size(); k++) {
            indicators.get(k).scored(report.indicators().get(k));
        }
        executionRatePct = report.budgetExecution().ratePct();
        budgetScore = report.budgetExecution().score();
        budgetWeight = report.budgetExecution().weight();
        totalScore = report.totalScore();
        grade = report.grade().label();
        scoredAt = Instant.now();
        String joined = String.join("；", problems);
        scoringProblems = joined.isEmpty() ? null : joined;
    }

    public List<SelfEvaluationIndicator> getIndicators() {
        return List.copyOf(indicators);
    }

    public BigDecimal getExecutionRatePct() {
        return executionRatePct;
    }

    public BigDecimal getBudgetScore() {
        return budgetScore;
    }

    public BigDecimal getTotalScore() {
        return totalScore;
    }

    public String getGrade() {
        return grade;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }

    public String getScoringProblems() {
        return scoringProblems;
    }
}
