package org.jixiao.evaluation;

import org.jixiao.workflow.SelfEvaluationScoringStep;
import org.springframework.stereotype.Service;

/** Scores a submitted self-evaluation. Interim: passes every form until the self-evaluation form exists. */
@Service
public class SelfEvaluationScoring implements SelfEvaluationScoringStep {

    @Override
    public Verdict scoreAndCheck(Long projectId) {
        return new Verdict(true, null);
    }
}
