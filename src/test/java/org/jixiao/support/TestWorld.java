package org.jixiao.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.jixiao.demo.DemoData;
import org.jixiao.demo.DemoForms;
import org.jixiao.exchange.ExchangeForm;
import org.jixiao.form.FormStore;
import org.jixiao.form.FormStores;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.project.Actor;
import org.jixiao.project.FiscalYears;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectCategory;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.ProjectService;
import org.jixiao.project.Stage;
import org.jixiao.security.CurrentUser;
import org.jixiao.security.JixiaoUserDetailsService;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.ProcessKeys;
import org.jixiao.workflow.ProjectWorkflow;
import org.jixiao.workflow.StageOpeningRepository;
import org.jixiao.workflow.TaskView;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Creates projects and acts as the demo users through the application's own services, for tests that share
 * one application context: each test takes a fresh fiscal year so that they never see each other's data.
 */
public final class TestWorld {

    /**
     * Years the API accepts ({@link FiscalYears}) away from the demo data's current year: the future ones first, then the
     * past ones, whose deadlines have passed already.
     */
    private static final int DEMO_YEAR = Year.now().getValue();
    private static final int[] FREE_YEARS = IntStream.concat(IntStream.rangeClosed(DEMO_YEAR + 2, FiscalYears.LAST),
            IntStream.rangeClosed(FiscalYears.FIRST, DEMO_YEAR - 2)).toArray();
    /** One counter per application context (per database): the H2 and MySQL variants of a test reuse years. */
    private static final Map<ApplicationContext, AtomicInteger> YEARS = Collections.synchronizedMap(new WeakHashMap<>());
    private static final ThreadLocal<ApplicationContext> CURRENT = new ThreadLocal<>();

    private final ApplicationContext context;
    private final ProjectService projects;
    private final ProjectWorkflow workflow;
    private final OrganisationRepository organisations;
    private final JixiaoUserDetailsService accounts;
    private final StageOpeningRepository openings;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final ProjectRepository projectRepository;
    private final FormStores forms;

    private TestWorld(ApplicationContext context) {
        this.context = context;
        this.projects = context.getBean(ProjectService.class);
        this.workflow = context.getBean(ProjectWorkflow.class);
        this.organisations = context.getBean(OrganisationRepository.class);
        this.accounts = context.getBean(JixiaoUserDetailsService.class);
        this.openings = context.getBean(StageOpeningRepository.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.management = context.getBean(ManagementService.class);
        this.projectRepository = context.getBean(ProjectRepository.class);
        this.forms = context.getBean(FormStores.class);
    }

    public static TestWorld of(ApplicationContext context) {
        return new TestWorld(context);
    }

    /** A fiscal year no other test of the current test class's application context has used. */
    public static int freshYear() {
        int next = YEARS.computeIfAbsent(CURRENT.get(), c -> new AtomicInteger()).getAndIncrement();
        if (next >= FREE_YEARS.length) {
            throw new IllegalStateException("all " + FREE_YEARS.length + " fiscal years are taken in this context");
        }
        return FREE_YEARS[next];
    }

    /** Tells {@link #freshYear()} which context the running test uses; registered by the integration test annotations. */
    public static class Years implements BeforeAllCallback, BeforeEachCallback {
        @Override
        public void beforeAll(ExtensionContext extension) {
            CURRENT.set(SpringExtension.getApplicationContext(extension));
        }

        @Override
        public void beforeEach(ExtensionContext extension) {
            beforeAll(extension);
        }
    }

    public CurrentUser user(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    public Project project(int year, String name, String unitName) {
        Long unitId = organisations.findByName(unitName).orElseThrow().getId();
        return projects.create(new ProjectService.NewProject(year, name, ProjectCategory.RECURRING, unitId,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false), Actor.SYSTEM);
    }

    public TaskView task(String username, Long projectId) {
        return workflow.openTasks(user(username)).stream()
                .filter(t -> t.projectId().equals(projectId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(username + " has no open task of project " + projectId));
    }

    /** Completes the user's task of the project; before a SUBMIT it saves the demo form where none is saved yet. */
    public void act(String username, Long projectId, Decision decision, String comment) {
        TaskView task = task(username, projectId);
        if (decision == Decision.SUBMIT) {
            fillForm(projectId, task.stage(), user(username));
        }
        workflow.complete(task.taskId(), decision, comment, user(username));
    }

    /** Saves the demo content of the stage's form (see {@link DemoForms}) unless the project already has one. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void fillForm(Long projectId, Stage stage, CurrentUser user) {
        FormStore store = forms.ofStage(stage).orElseThrow();
        if (store.exists(projectId)) {
            return;
        }
        int year = projectRepository.findById(projectId).orElseThrow().getFiscalYear();
        ExchangeForm form = switch (stage) {
            case DECLARATION -> DemoForms.declaration(year);
            case MONITORING -> DemoForms.monitoring(year);
            case SELF_EVALUATION -> DemoForms.selfEvaluation(year);
            default -> throw new IllegalArgumentException("no form in stage " + stage);
        };
        store.saveDraft(projectId, form, null, user);
    }

    /**
     * A project of a unit of 区科委 walked through the year up to "waiting for publication": every review
     * approves; monitoring and self-evaluation are opened for the year where they are not yet.
     */
    public Project approvedSelfEvaluation(int year, String name, String unitName) {
        Long id = scoredSelfEvaluation(year, name, unitName).getId();
        act("dept", id, Decision.APPROVE, null);
        act("finance", id, Decision.APPROVE, null);
        return projectRepository.findById(id).orElseThrow();
    }

    /**
     * Like {@link #approvedSelfEvaluation} up to the self-evaluation submitted and scored, waiting for the
     * department's review.
     */
    public Project scoredSelfEvaluation(int year, String name, String unitName) {
        Project project = project(year, name, unitName);
        String filler = filler(unitName);
        Long id = project.getId();
        act(filler, id, Decision.SUBMIT, null);
        act("dept", id, Decision.APPROVE, null);
        act("finance", id, Decision.APPROVE, null);
        openIfNeeded(year, Stage.MONITORING);
        act(filler, id, Decision.SUBMIT, null);
        act("dept", id, Decision.APPROVE, null);
        openIfNeeded(year, Stage.SELF_EVALUATION);
        act(filler, id, Decision.SUBMIT, null);
        runScoringJob(id);
        return projectRepository.findById(id).orElseThrow();
    }

    /** Executes the asynchronous scoring job of the project's self-evaluation (the job executor is off in tests). */
    public void runScoringJob(Long projectId) {
        String evaluation = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(projectId))
                .processDefinitionKey(ProcessKeys.REVIEW_CYCLE).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(evaluation).singleResult().getId());
    }

    public void markClassified(Long projectId) {
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(s ->
                projectRepository.findById(projectId).orElseThrow().setClassified(true));
    }

    private void openIfNeeded(int year, Stage stage) {
        if (!openings.existsByFiscalYearAndStage(year, stage)) {
            workflow.openStage(year, stage, null, user("finance"));
        }
    }

    private static String filler(String unitName) {
        return switch (unitName) {
            case DemoData.SCIENCE_COMMITTEE_OWN -> "unit";
            case DemoData.INNOVATION_CENTRE -> "unit2";
            default -> throw new IllegalArgumentException("no demo filler for " + unitName);
        };
    }
}
