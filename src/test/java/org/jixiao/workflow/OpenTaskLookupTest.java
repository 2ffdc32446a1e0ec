package org.jixiao.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jixiao.demo.DemoData;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectRepository;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The native queries of {@link OpenTaskLookup} find exactly what Camunda's own
 * {@code active().taskCandidateGroupIn(groups).includeAssignedTasks()} task query finds, task by task, through
 * claiming, suspension and completion.
 */
@IntegrationTest
class OpenTaskLookupTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    OpenTaskLookup lookup;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProjectRepository projects;

    TestWorld world;
    int year;

    @BeforeEach
    void setUp() {
        world = TestWorld.of(context);
        year = TestWorld.freshYear();
    }

    @Test
    void findsWhatTheEngineQueryFindsThroughClaimSuspensionAndCompletion() {
        Project project = world.project(year, "科普工作", DemoData.SCIENCE_COMMITTEE_OWN);
        Project other = world.project(year, "另一单位的项目", DemoData.INNOVATION_CENTRE);
        String task = world.task("unit", project.getId()).taskId();
        String otherTask = world.task("unit2", other.getId()).taskId();
        List<String> unitGroups = CandidateGroups.of(world.user("unit"));
        List<String> everyGroup = List.of(CandidateGroups.FINANCE, unitGroups.get(0),
                CandidateGroups.of(world.user("unit2")).get(0));

        assertThat(lookup.visibleTask(task, unitGroups)).isPresent();
        assertThat(lookup.visibleTask(otherTask, unitGroups)).isEmpty();
        assertThat(lookup.visibleTasks(List.of(task, otherTask), everyGroup)).hasSize(2);
        assertThat(lookup.visibleTask(task, List.of())).isEmpty();
        assertSameAsEngine(List.of(task, otherTask), unitGroups);

        tasks.claim(task, "unit");
        assertThat(lookup.visibleTask(task, unitGroups)).isPresent();
        assertSameAsEngine(List.of(task, otherTask), unitGroups);

        String fillInstance = tasks.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        runtime.suspendProcessInstanceById(fillInstance);
        assertThat(lookup.visibleTask(task, unitGroups)).isEmpty();
        assertThat(lookup.isOpen(task)).isTrue();
        assertSameAsEngine(List.of(task, otherTask), unitGroups);
        runtime.activateProcessInstanceById(fillInstance);

        assertThat(lookup.processInstance(fillInstance).orElseThrow().getBusinessKey())
                .isEqualTo(String.valueOf(project.getId()));
        world.act("unit", project.getId(), Decision.SUBMIT, null);
        assertThat(lookup.isOpen(task)).isFalse();
        assertThat(lookup.visibleTask(task, unitGroups)).isEmpty();
        assertSameAsEngine(List.of(task, otherTask), unitGroups);

        // the stage's tasks run in a called process: the lifecycle's own instance is found too, a child execution not
        String instance = projects.findById(project.getId()).orElseThrow().getProcessInstanceId();
        assertThat(instance).isNotEqualTo(fillInstance);
        assertThat(lookup.processInstance(instance).orElseThrow().getBusinessKey())
                .isEqualTo(String.valueOf(project.getId()));
        runtime.createExecutionQuery().processInstanceId(instance).list().stream()
                .filter(execution -> !execution.getId().equals(instance))
                .forEach(child -> assertThat(lookup.processInstance(child.getId())).isEmpty());
        runtime.deleteProcessInstance(instance, "test", true);
        assertThat(lookup.processInstance(instance)).isEmpty();
        assertThat(lookup.processInstance(fillInstance)).isEmpty();
    }

    private void assertSameAsEngine(List<String> taskIds, List<String> groups) {
        List<String> engine = tasks.createTaskQuery().active().taskCandidateGroupIn(groups).includeAssignedTasks()
                .taskIdIn(taskIds.toArray(String[]::new)).list().stream().map(t -> t.getId()).sorted().toList();
        assertThat(lookup.visibleTasks(taskIds, groups).stream().map(t -> t.getId()).sorted().toList())
                .isEqualTo(engine);
    }
}
