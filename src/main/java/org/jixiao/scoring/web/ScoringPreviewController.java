package org.jixiao.scoring.web;

import org.jixiao.common.FieldProblem;
import org.jixiao.common.InvalidInputException;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.scoring.ScoreReport;
import org.jixiao.scoring.ScoringSettings;
import org.jixiao.scoring.SelfEvaluationScorer;
import org.jixiao.scoring.SelfEvaluationValidator;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Scores a self-evaluation in the exchange format without storing anything: what the form would get. */
@RestController
public class ScoringPreviewController {

    private final SelfEvaluationScorer scorer = new SelfEvaluationScorer();

    @PostMapping("/api/scoring/preview")
    public ScoreReport preview(@RequestBody SelfEvaluationForm form) {
        ScoringSettings settings = ScoringSettings.defaults();
        List<FieldProblem> problems = SelfEvaluationValidator.validate(form, settings);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return scorer.score(form, settings);
    }
}
