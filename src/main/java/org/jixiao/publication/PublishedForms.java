package org.jixiao.publication;

import org.jixiao.common.NotFoundException;
import org.jixiao.declaration.DeclarationStore;
import org.jixiao.declaration.TargetVersion;
import org.jixiao.declaration.TargetVersionIndicator;
import org.jixiao.declaration.TargetVersions;
import org.jixiao.evaluation.SelfEvaluationStore;
import org.jixiao.exchange.ExchangeForm;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.form.FormStatus;
import org.jixiao.form.FormStore;
import org.jixiao.form.FormView;
import org.jixiao.project.ProjectRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The forms of published projects as the public reads them. A project that is not on the portal, or whose
 * form is not final (approved, or imported as historical), is "not found", whatever its id: the public side
 * cannot tell an unpublished project from a missing one.
 */
@Service
public class PublishedForms {

    private static final Set<FormStatus> FINAL = EnumSet.of(FormStatus.APPROVED, FormStatus.HISTORICAL);

    private final PublicPortal portal;
    private final ProjectRepository projects;
    private final SelfEvaluationStore selfEvaluations;
    private final DeclarationStore declarations;
    private final TargetVersions targetVersions;

    public PublishedForms(PublicPortal portal, ProjectRepository projects, SelfEvaluationStore selfEvaluations,
                          DeclarationStore declarations, TargetVersions targetVersions) {
        this.portal = portal;
        this.projects = projects;
        this.selfEvaluations = selfEvaluations;
        this.declarations = declarations;
        this.targetVersions = targetVersions;
    }

    @Transactional(readOnly = true)
    public SelfEvaluationForm selfEvaluation(Long projectId) {
        return portal.find(projectId).flatMap(p -> finalForm(selfEvaluations, projectId))
                .orElseThrow(PublishedForms::notFound);
    }

    @Transactional(readOnly = true)
    public PublishedTargets targets(Long projectId) {
        return findTargets(projectId).orElseThrow(PublishedForms::notFound);
    }

    /** The approved declaration and, where the targets were adjusted since, the adjusted version in force. */
    @Transactional(readOnly = true)
    public Optional<PublishedTargets> findTargets(Long projectId) {
        if (!portal.isPublished(projectId)) {
            return Optional.empty();
        }
        AdjustedTargets adjusted = targetVersions.latest(projectId)
                .filter(v -> v.getOrigin() == TargetVersion.Origin.ADJUSTMENT)
                .map(v -> new AdjustedTargets(v.getNumber(), v.getMoneyUnit(), v.getFullYearBudget(),
                        v.getIndicators()))
                .orElse(null);
        return finalForm(declarations, projectId).map(d -> new PublishedTargets(d, adjusted));
    }

    private <F extends ExchangeForm> Optional<F> finalForm(FormStore<?, F> store, Long projectId) {
        return projects.findWithOrganisations(projectId)
                .map(store::view)
                .filter(view -> FINAL.contains(view.status()))
                .map(FormView::form);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("未找到已公开的项目");
    }

    public record PublishedTargets(TargetDeclarationForm declaration, AdjustedTargets adjusted) {
    }

    /** Version {@code number} of the targets, after approved adjustments: full-year budget and indicators. */
    public record AdjustedTargets(int number, String moneyUnit, BigDecimal fullYearBudget,
                                  List<TargetVersionIndicator> indicators) {
    }
}
