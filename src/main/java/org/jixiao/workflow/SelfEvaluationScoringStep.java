package org.jixiao.workflow;

/** Scores the self-evaluation a unit has just submitted and stores the result on the form. */
public interface SelfEvaluationScoringStep {

    /**
     * @return whether the form may go on to review; when not, {@code summary} lists the problems the unit must fix
     */
    Verdict scoreAndCheck(Long projectId);

    record Verdict(boolean passed, String summary) {
    }
}
