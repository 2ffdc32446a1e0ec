package org.jixiao.workflow;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.jixiao.demo.DemoData;
import org.jixiao.notification.NotificationKind;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.ProjectRepository;
import org.jixiao.support.Inbox;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The deadline finance sets when opening a stage: the fill task's due date and its BPMN reminder and overdue
 * timers, for tasks already open and for tasks created afterwards. The engine clock is moved to fire them.
 */
@IntegrationTest
class StageDeadlineTimersTest {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    ProjectRepository projects;
    @Autowired
    ProjectHistory history;

    private TestWorld world;
    private int year;
    private final LocalDate deadline = LocalDate.now().plusDays(10);

    @BeforeEach
    void setUp() {
        world = TestWorld.of(context);
        year = TestWorld.freshYear();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void openingTheDeclarationWithADeadlineMovesTheTimersOfOpenFillTasks() throws Exception {
        Project project = world.project(year, "截止日期项目", DemoData.SCIENCE_COMMITTEE_OWN);
        String cycle = reviewCycleOf(project);
        assertThat(timer(cycle, ProcessKeys.EVENT_OVERDUE).getDuedate()).isAfter(at(LocalDate.of(9000, 1, 1)));

        openDeclaration();

        Task fill = tasks.createTaskQuery().processInstanceId(cycle).singleResult();
        assertThat(fill.getDueDate()).isEqualTo(Date.from(deadline.atTime(23, 59, 59).atZone(ZONE).toInstant()));
        assertThat(timer(cycle, ProcessKeys.EVENT_REMINDER_DUE).getDuedate()).isEqualTo(at(deadline.minusDays(3)));
        assertThat(timer(cycle, ProcessKeys.EVENT_OVERDUE).getDuedate()).isEqualTo(at(deadline.plusDays(1)));
    }

    @Test
    void aProjectCreatedAfterTheOpeningReadsTheDeadline() throws Exception {
        openDeclaration();
        Project project = world.project(year, "后建项目", DemoData.SCIENCE_COMMITTEE_OWN);
        String cycle = reviewCycleOf(project);
        assertThat(timer(cycle, ProcessKeys.EVENT_REMINDER_DUE).getDuedate()).isEqualTo(at(deadline.minusDays(3)));
        assertThat(timer(cycle, ProcessKeys.EVENT_OVERDUE).getDuedate()).isEqualTo(at(deadline.plusDays(1)));
    }

    @Test
    void remindedBeforeFlaggedOverdueAfterAndClearedBySubmitting() throws Exception {
        Project project = world.project(year, "逾期项目", DemoData.SCIENCE_COMMITTEE_OWN);
        String cycle = reviewCycleOf(project);
        openDeclaration();

        ClockUtil.setCurrentTime(Date.from(at(deadline.minusDays(3)).toInstant().plusSeconds(3600)));
        assertThat(runDueJobs(cycle)).isEqualTo(1);
        assertThat(Inbox.of(context).of("unit", project.getId(), NotificationKind.REMINDER)).hasSize(1)
                .first().satisfies(n -> assertThat(n.getMessage()).contains(deadline.toString()));
        assertThat(projects.findById(project.getId()).orElseThrow().isOverdue()).isFalse();

        ClockUtil.setCurrentTime(Date.from(at(deadline.plusDays(1)).toInstant().plusSeconds(3600)));
        assertThat(runDueJobs(cycle)).isEqualTo(1);
        assertThat(projects.findById(project.getId()).orElseThrow().isOverdue()).isTrue();
        assertThat(Inbox.of(context).of("unit", project.getId(), NotificationKind.OVERDUE)).hasSize(1);
        assertThat(history.of(project.getId())).extracting(h -> h.getAction()).contains(HistoryAction.OVERDUE);
        assertThat(tasks.createTaskQuery().processInstanceId(cycle).singleResult().getTaskDefinitionKey())
                .isEqualTo(ProcessKeys.TASK_FILL);
        mvc.perform(get("/api/cockpit/projects").param("year", String.valueOf(year)).param("overdue", "true")
                        .with(httpBasic("finance", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(project.getId()));

        world.act("unit", project.getId(), Decision.SUBMIT, null);
        assertThat(projects.findById(project.getId()).orElseThrow().isOverdue()).isFalse();
        assertThat(management.createJobQuery().processInstanceId(cycle).timers().count()).isZero();
    }

    @Test
    void onlyAFinanceAdminOpensAStageAndOnlyOnce() throws Exception {
        mvc.perform(post("/api/stages/open").with(httpBasic("unit", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":" + year + ",\"stage\":\"DECLARATION\",\"deadline\":\"" + deadline + "\"}"))
                .andExpect(status().isForbidden());
        openDeclaration();
        mvc.perform(post("/api/stages/open").with(httpBasic("finance", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":" + year + ",\"stage\":\"DECLARATION\",\"deadline\":\"" + deadline + "\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/stages/open").with(httpBasic("finance", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":" + year + ",\"stage\":\"PUBLISHED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("stage"));
    }

    private void openDeclaration() throws Exception {
        mvc.perform(post("/api/stages/open").with(httpBasic("finance", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":" + year + ",\"stage\":\"DECLARATION\",\"deadline\":\"" + deadline + "\"}"))
                .andExpect(status().isOk());
    }

    private String reviewCycleOf(Project project) {
        String lifecycle = projects.findById(project.getId()).orElseThrow().getProcessInstanceId();
        return runtime.createProcessInstanceQuery().superProcessInstanceId(lifecycle).singleResult().getId();
    }

    private Job timer(String processInstanceId, String eventId) {
        return management.createJobQuery().processInstanceId(processInstanceId).activityId(eventId).timers()
                .singleResult();
    }

    private int runDueJobs(String processInstanceId) {
        var due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
        due.forEach(job -> management.executeJob(job.getId()));
        return due.size();
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }
}
