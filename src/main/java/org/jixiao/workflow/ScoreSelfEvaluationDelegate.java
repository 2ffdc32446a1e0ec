package org.jixiao.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jixiao.project.Actor;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.Stage;
import org.springframework.stereotype.Component;

/**
 * The scoring service task of the self-evaluation (asynchronous, retried, incident after the last retry).
 * It asks the {@link SelfEvaluationScoringStep} to score the submitted form and routes on its verdict.
 */
@Component("scoreSelfEvaluationDelegate")
public class ScoreSelfEvaluationDelegate implements JavaDelegate {

    private final SelfEvaluationScoringStep scoring;
    private final ProjectHistory history;

    public ScoreSelfEvaluationDelegate(SelfEvaluationScoringStep scoring, ProjectHistory history) {
        this.scoring = scoring;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long projectId = (Long) execution.getVariable(ProcessKeys.VAR_PROJECT_ID);
        SelfEvaluationScoringStep.Verdict verdict = scoring.scoreAndCheck(projectId);
        history.record(projectId, Stage.SELF_EVALUATION,
                verdict.passed() ? HistoryAction.SCORED : HistoryAction.SCORING_RETURNED, verdict.summary(), Actor.SYSTEM);
        execution.setVariable(ProcessKeys.VAR_SCORING_PASSED, verdict.passed());
    }
}
