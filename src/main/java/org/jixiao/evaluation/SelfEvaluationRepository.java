package org.jixiao.evaluation;

import org.jixiao.form.FormRepository;

public interface SelfEvaluationRepository extends FormRepository<SelfEvaluation> {
}
