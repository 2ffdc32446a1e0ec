package org.jixiao.bench;

import org.jixiao.support.PublishedFixtures;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.demo.DemoData;
import org.jixiao.demo.DemoForms;
import org.jixiao.exchange.ExchangeForm;
import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.form.FormStore;
import org.jixiao.form.FormStores;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.project.Actor;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectCategory;
import org.jixiao.project.ProjectService;
import org.jixiao.project.Stage;
import org.jixiao.publication.PublicationService;
import org.jixiao.security.CurrentUser;
import org.jixiao.security.JixiaoUserDetailsService;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.ProcessKeys;
import org.jixiao.workflow.ProjectWorkflow;
import org.jixiao.workflow.TaskView;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Takes one project through the whole year through the application's own services, as the demo users:
 * declaration with both reviews, monitoring, self-evaluation with the scoring task and both reviews, publication.
 * Each form is saved before it is submitted, with the twelve indicators of the published 科普工作 self-evaluation.
 */
final class LifecycleDriver {

    static final int YEAR = 2091;

    private final ProjectService projects;
    private final ProjectWorkflow workflow;
    private final PublicationService publication;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final FormStores forms;
    private final List<TargetDeclarationForm.Indicator> targets = new ArrayList<>();
    private final List<Integer> weights = new ArrayList<>();
    private final Long unitId;
    private final CurrentUser unit;
    private final CurrentUser dept;
    private final CurrentUser finance;

    LifecycleDriver(ApplicationContext context) {
        this.projects = context.getBean(ProjectService.class);
        this.workflow = context.getBean(ProjectWorkflow.class);
        this.publication = context.getBean(PublicationService.class);
        this.management = context.getBean(ManagementService.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.forms = context.getBean(FormStores.class);
        readTwelveIndicators();
        this.unitId = context.getBean(OrganisationRepository.class).findByName(DemoData.SCIENCE_COMMITTEE_OWN)
                .orElseThrow().getId();
        JixiaoUserDetailsService accounts = context.getBean(JixiaoUserDetailsService.class);
        this.unit = (CurrentUser) accounts.loadUserByUsername("unit");
        this.dept = (CurrentUser) accounts.loadUserByUsername("dept");
        this.finance = (CurrentUser) accounts.loadUserByUsername("finance");
    }

    /** Opens monitoring and self-evaluation for the benchmark year up front, so projects never wait. */
    void openStages() {
        workflow.openStage(YEAR, Stage.MONITORING, null, finance);
        workflow.openStage(YEAR, Stage.SELF_EVALUATION, null, finance);
    }

    void walkOneYear(long id) {
        walkOneYear(id, step -> {
        });
    }

    /** The same, telling {@code afterStep} the name of each step as it is done (for statement counts per step). */
    void walkOneYear(long id, Consumer<String> afterStep) {
        Project project = projects.create(new ProjectService.NewProject(YEAR, "全年基准项目" + id, ProjectCategory.RECURRING,
                unitId, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), false), Actor.SYSTEM);
        Long projectId = project.getId();
        afterStep.accept("create project");
        save(Stage.DECLARATION, projectId, DemoForms.declaration(YEAR, targets));
        afterStep.accept("save declaration");
        decide(unit, projectId, Decision.SUBMIT);
        afterStep.accept("submit declaration");
        decide(dept, projectId, Decision.APPROVE);
        afterStep.accept("department approves");
        decide(finance, projectId, Decision.APPROVE);
        afterStep.accept("finance approves");
        save(Stage.MONITORING, projectId, DemoForms.monitoring(YEAR, targets));
        afterStep.accept("save monitoring");
        decide(unit, projectId, Decision.SUBMIT);
        afterStep.accept("submit monitoring");
        decide(dept, projectId, Decision.APPROVE);
        afterStep.accept("department approves");
        save(Stage.SELF_EVALUATION, projectId, DemoForms.selfEvaluation(YEAR, targets, weights));
        afterStep.accept("save self-evaluation");
        decide(unit, projectId, Decision.SUBMIT);
        afterStep.accept("submit self-evaluation");
        String evaluation = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(projectId))
                .processDefinitionKey(ProcessKeys.REVIEW_CYCLE).singleResult().getId();
        Job scoring = management.createJobQuery().processInstanceId(evaluation).singleResult();
        management.executeJob(scoring.getId());
        afterStep.accept("scoring job");
        decide(dept, projectId, Decision.APPROVE);
        afterStep.accept("department approves");
        decide(finance, projectId, Decision.APPROVE);
        afterStep.accept("finance approves");
        publication.publish(new PublicationService.PublishRequest(List.of(projectId), null, null), finance);
        afterStep.accept("publish");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void save(Stage stage, Long projectId, ExchangeForm form) {
        FormStore store = forms.ofStage(stage).orElseThrow();
        store.saveDraft(projectId, form, null, unit);
    }

    /** Targets and weights (they add up to 90, as a self-evaluation's indicators must) of fixture 000-07. */
    private void readTwelveIndicators() {
        try {
            JsonNode fixture = new ObjectMapper().readTree(PublishedFixtures.file("000-07.json").toFile());
            for (JsonNode i : fixture.get("indicators")) {
                String target = i.get("target").asText();
                targets.add(new TargetDeclarationForm.Indicator(i.get("level1").asText(), i.get("level2").asText(),
                        i.get("name").asText(), target, target));
                weights.add(i.get("weight").asInt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As a person does it: the first page of the task list (as the task page shows it), then the task. */
    private void decide(CurrentUser user, Long projectId, Decision decision) {
        TaskView task = workflow.openTasks(user, 0, 50).tasks().stream().filter(t -> t.projectId().equals(projectId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(user.getUsername() + " has no task for " + projectId));
        workflow.complete(task.taskId(), decision, null, user);
    }
}
