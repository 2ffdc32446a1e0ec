package org.jixiao.evaluation;

import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.form.FormStatus;
import org.jixiao.project.ProjectRepository;
import org.jixiao.scoring.IndicatorScore;
import org.jixiao.scoring.ScoreReport;
import org.jixiao.scoring.ScoringSettings;
import org.jixiao.scoring.SelfEvaluationScorer;
import org.jixiao.workflow.SelfEvaluationScoringStep;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * The scoring service task: scores the submitted self-evaluation with the default settings and stores the
 * results on the form. The unit's scores stay where they lie within the allowed range; any indicator problem
 * (score out of range, missing deviation reason, no score where the rule cannot judge) or a weight problem
 * fails the verdict and the form goes back to the unit with every problem listed.
 */
@Service
public class SelfEvaluationScoring implements SelfEvaluationScoringStep {

    private static final int SUMMARY_MAX = 2000;

    private final SelfEvaluationRepository evaluations;
    private final ProjectRepository projects;
    private final SelfEvaluationScorer scorer = new SelfEvaluationScorer();

    public SelfEvaluationScoring(SelfEvaluationRepository evaluations, ProjectRepository projects) {
        this.evaluations = evaluations;
        this.projects = projects;
    }

    @Override
    @Transactional
    public Verdict scoreAndCheck(Long projectId) {
        SelfEvaluation evaluation = evaluations.findByProjectId(projectId).orElse(null);
        if (evaluation == null) {
            return new Verdict(false, "未找到绩效自评表");
        }
        int year = projects.findById(projectId).orElseThrow().getFiscalYear();
        SelfEvaluationForm f = evaluation.toExchange(year);
        // Rate, budget score, total and grade are derived: the scorer computes them, so the printed ones are not judged.
        SelfEvaluationForm filled = new SelfEvaluationForm(f.source(), f.ordinal(), f.form(), f.year(), f.projectName(),
                f.supervisingDepartment(), f.implementingUnit(), f.moneyUnit(), f.funds(),
                new SelfEvaluationForm.BudgetExecution(f.budgetExecution().weight(), null, null), f.goalExpected(),
                f.goalActual(), f.indicators(), null, null, null, f.notes());
        ScoreReport report = scorer.score(filled, ScoringSettings.defaults());
        List<String> problems = new ArrayList<>(report.problems());
        for (IndicatorScore s : report.indicators()) {
            s.problems().forEach(p -> problems.add("“" + s.name() + "”" + p));
        }
        evaluation.scored(report, problems);
        if (!problems.isEmpty()) {
            evaluation.setStatus(FormStatus.DRAFT);
            String summary = String.join("；", problems);
            return new Verdict(false, summary.length() > SUMMARY_MAX ? summary.substring(0, SUMMARY_MAX) : summary);
        }
        return new Verdict(true, "系统评分：总分 " + report.totalScore().toPlainString() + "，等级 " + report.grade().label());
    }
}
