package org.jixiao.quality;

import org.jixiao.common.FieldProblem;
import org.jixiao.common.InvalidInputException;
import org.jixiao.declaration.DeclarationStore;
import org.jixiao.evaluation.SelfEvaluationStore;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.form.FormStatus;
import org.jixiao.form.FormView;
import org.jixiao.indicator.IndicatorLibrary;
import org.jixiao.organisation.Organisation;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.ProjectScope;
import org.jixiao.project.ProjectService;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.scoring.ScoringSettings;
import org.jixiao.security.CurrentUser;
import org.jixiao.workflow.CompletingTask;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.TaskCompletionHook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the target quality check with the library and last year's self-evaluation: on every declaration submit
 * (findings stored for the unit and the reviewers; an error vetoes the submit) and on demand through the API.
 * Last year's project is found as 沿用上年 finds it: same unit, same name, the year before.
 */
@Service("declarationQuality")
public class DeclarationQuality implements TaskCompletionHook {

    private final IndicatorLibrary library;
    private final DeclarationStore declarations;
    private final SelfEvaluationStore selfEvaluations;
    private final ProjectRepository projects;
    private final ProjectService projectService;
    private final OrganisationRepository organisations;
    private final StoredFindingRepository stored;

    public DeclarationQuality(IndicatorLibrary library, DeclarationStore declarations,
                              SelfEvaluationStore selfEvaluations, ProjectRepository projects,
                              ProjectService projectService, OrganisationRepository organisations,
                              StoredFindingRepository stored) {
        this.library = library;
        this.declarations = declarations;
        this.selfEvaluations = selfEvaluations;
        this.projects = projects;
        this.projectService = projectService;
        this.organisations = organisations;
        this.stored = stored;
    }

    /** On a declaration submit: check the stored form, keep the findings, refuse the submit on an error. */
    @Override
    public void beforeComplete(CompletingTask task, Map<String, Object> variables) {
        if (task.stage() != Stage.DECLARATION || task.step() != Step.FILL || task.decision() != Decision.SUBMIT) {
            return;
        }
        Project project = task.project();
        List<Finding> findings = check(declarations.view(project).form(), project.getDepartment().getId(),
                previousYear(project.getFiscalYear(), project.getUnit().getId(), project.getName()));
        stored.deleteByProjectId(project.getId());
        Instant now = Instant.now();
        for (int k = 0; k < findings.size(); k++) {
            stored.save(new StoredFinding(project.getId(), k, findings.get(k), now));
        }
        List<FieldProblem> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> new FieldProblem("indicators", f.message())).toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * The check of a declaration given in the exchange format. The library is that of the caller's department
     * (finance: of the form's supervising department or unit); last year's actuals come only from a project the
     * caller may see.
     */
    @Transactional(readOnly = true)
    public List<Finding> check(TargetDeclarationForm form, CurrentUser user) {
        Optional<Organisation> unit = byName(form.implementingUnit(), OrganisationType.UNIT);
        Long departmentId = user.isFinance()
                ? byName(form.supervisingDepartment(), OrganisationType.DEPARTMENT).map(Organisation::getId)
                        .or(() -> unit.map(u -> u.getParent().getId())).orElse(null)
                : user.departmentId();
        Optional<Project> previous = unit.isEmpty() || form.year() == null || form.projectName() == null
                ? Optional.empty()
                : previousYear(form.year(), unit.get().getId(), form.projectName().strip())
                        .filter(ProjectScope.of(user)::includes);
        return check(form, departmentId, previous);
    }

    /** The findings of the project's last submitted declaration; another organisation's project is "not found". */
    @Transactional(readOnly = true)
    public List<StoredFinding> findingsOf(Long projectId, CurrentUser user) {
        projectService.findVisible(projectId, user);
        return stored.findByProjectIdOrderByPosition(projectId);
    }

    private List<Finding> check(TargetDeclarationForm form, Long departmentId, Optional<Project> previous) {
        List<SelfEvaluationForm.Indicator> lastActuals = previous.map(this::approvedSelfEvaluation)
                .orElse(List.of());
        TargetQualityChecker.Context context = new TargetQualityChecker.Context(
                (level2, name) -> library.match(level2, name, departmentId)
                        .map(i -> new TargetQualityChecker.LibraryHint(i.getDirection(), i.getTypicalTarget())),
                (level1, level2, name) -> actualOf(lastActuals, level1, level2, name),
                ScoringSettings.defaults().weights().budget());
        return TargetQualityChecker.check(form, context);
    }

    private Optional<Project> previousYear(int year, Long unitId, String name) {
        return projects.findByFiscalYearAndUnitIdAndName(year - 1, unitId, name);
    }

    private List<SelfEvaluationForm.Indicator> approvedSelfEvaluation(Project previous) {
        FormView<SelfEvaluationForm> view = selfEvaluations.view(previous);
        boolean approved = view.status() == FormStatus.APPROVED || view.status() == FormStatus.HISTORICAL;
        return approved && view.form().indicators() != null ? view.form().indicators() : List.of();
    }

    /** Same level 1, level 2 and name; else the same name alone. */
    private static Optional<String> actualOf(List<SelfEvaluationForm.Indicator> last, String level1, String level2,
                                             String name) {
        List<SelfEvaluationForm.Indicator> sameName = last.stream()
                .filter(i -> i != null && i.name() != null && i.name().strip().equals(name)).toList();
        return sameName.stream()
                .filter(i -> same(i.level1(), level1) && same(i.level2(), level2))
                .findFirst().or(() -> sameName.stream().findFirst())
                .map(SelfEvaluationForm.Indicator::actual)
                .filter(a -> !a.isBlank());
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equals(b.strip());
    }

    private Optional<Organisation> byName(String name, OrganisationType type) {
        return name == null || name.isBlank() ? Optional.empty()
                : organisations.findByName(name.strip()).filter(o -> o.getType() == type);
    }
}
