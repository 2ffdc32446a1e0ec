package org.jixiao.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.jixiao.demo.DemoData;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectRepository;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task list's index ({@link TaskInbox}) gives every person the same tasks, in the same order, as the engine's
 * own candidate-group query, whatever happened to the tasks; and start-up repairs what bypassed the listeners.
 */
@IntegrationTest
class TaskInboxTest {

    private static final List<String> PEOPLE = List.of("unit", "unit2", "dept", "finance", "admin");

    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectWorkflow workflow;
    @Autowired
    TaskInbox inbox;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProjectRepository projects;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    TestWorld world;
    int year;

    @BeforeEach
    void setUp() {
        world = TestWorld.of(context);
        year = TestWorld.freshYear();
    }

    @Test
    void thePagedListMatchesTheEngineAtEveryStepOfTheDeclaration() {
        Project project = world.project(year, "科普工作", DemoData.SCIENCE_COMMITTEE_OWN);
        world.project(year, "第二个项目", DemoData.SCIENCE_COMMITTEE_OWN);
        assertInboxMatchesEngine();
        assertThat(groupsOf(world.task("unit", project.getId()).taskId()))
                .containsExactly(CandidateGroups.unit(project.getUnit().getId()));

        world.act("unit", project.getId(), Decision.SUBMIT, null);
        assertInboxMatchesEngine();
        String review = world.task("dept", project.getId()).taskId();
        assertThat(groupsOf(review)).containsExactly(CandidateGroups.department(project.getDepartment().getId()));

        workflow.withdraw(project.getId(), world.user("unit"));
        assertThat(groupsOf(review)).isEmpty();
        assertInboxMatchesEngine();

        world.act("unit", project.getId(), Decision.SUBMIT, null);
        world.act("dept", project.getId(), Decision.RETURN, "请补充指标");
        assertInboxMatchesEngine();
        world.act("unit", project.getId(), Decision.SUBMIT, null);
        world.act("dept", project.getId(), Decision.APPROVE, null);
        assertThat(groupsOf(world.task("finance", project.getId()).taskId())).containsExactly(CandidateGroups.FINANCE);
        assertInboxMatchesEngine();
        world.act("finance", project.getId(), Decision.APPROVE, null);
        assertInboxMatchesEngine();
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrRepeat() {
        for (int i = 0; i < 7; i++) {
            world.project(year, "分页项目" + i, DemoData.SCIENCE_COMMITTEE_OWN);
        }
        List<String> all = workflow.openTasks(world.user("unit")).stream().map(TaskView::taskId).toList();
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; page * 3 < all.size(); page++) {
            ProjectWorkflow.TaskPage one = workflow.openTasks(world.user("unit"), page, 3);
            assertThat(one.total()).isEqualTo(all.size());
            one.tasks().forEach(t -> paged.add(t.taskId()));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(workflow.openTasks(world.user("unit"), all.size() / 3 + 1, 3).tasks()).isEmpty();
    }

    @Test
    void startUpRepairsTasksEndedWithoutListenersAndTasksMissingFromTheIndex() {
        Project deleted = world.project(year, "删除的项目", DemoData.SCIENCE_COMMITTEE_OWN);
        Project missing = world.project(year, "缺索引的项目", DemoData.SCIENCE_COMMITTEE_OWN);
        String deletedTask = world.task("unit", deleted.getId()).taskId();
        String missingTask = world.task("unit", missing.getId()).taskId();
        // as the Camunda admin pages can: delete an instance skipping custom listeners, so the index keeps its task
        runtime.deleteProcessInstance(projects.findById(deleted.getId()).orElseThrow().getProcessInstanceId(),
                "test", true);
        transaction.executeWithoutResult(s -> jdbc.update("delete from open_task where task_id = ?", missingTask));
        assertThat(groupsOf(deletedTask)).hasSize(1);
        assertThat(groupsOf(missingTask)).isEmpty();

        inbox.reconcile();

        assertThat(groupsOf(deletedTask)).isEmpty();
        assertThat(groupsOf(missingTask)).hasSize(1);
        assertInboxMatchesEngine();
    }

    private List<String> groupsOf(String taskId) {
        return jdbc.queryForList("select candidate_group from open_task where task_id = ?", String.class, taskId);
    }

    /** Every person's first page equals the engine's own list (tasks, their projects, order), and the totals agree. */
    private void assertInboxMatchesEngine() {
        for (String person : PEOPLE) {
            List<TaskView> engine = workflow.openTasks(world.user(person));
            ProjectWorkflow.TaskPage page = workflow.openTasks(world.user(person), 0, 500);
            assertThat(page.tasks()).as(person).isEqualTo(engine.subList(0, Math.min(500, engine.size())));
            assertThat(page.total()).as(person).isEqualTo(engine.size());
        }
    }
}
