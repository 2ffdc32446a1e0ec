package org.jixiao.reliability;

import org.jixiao.support.PublishedFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.jixiao.demo.DemoData;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.ProcessKeys;
import org.jixiao.workflow.TaskView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A failure in the middle of a submit, an import or the scoring job leaves the database exactly as before:
 * the database is made to refuse one write late in the work ({@link InjectedFault}), and every table's row
 * count and the touched rows are compared before and after. The scoring job retries, ends in an incident, and
 * a system admin's retry completes it once the cause is gone.
 */
@IntegrationTest
class FaultTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    ProjectRepository projects;
    @Autowired
    ProjectHistory history;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    private TestWorld world;
    private int year;

    @BeforeEach
    void setUp() {
        world = TestWorld.of(context);
        year = TestWorld.freshYear();
    }

    @Test
    void aSubmitFailingAfterTheFormChecksLeavesFormTaskAndHistoryAsTheyWere() throws Exception {
        Project project = world.project(year, "提交故障", DemoData.SCIENCE_COMMITTEE_OWN);
        world.fillForm(project.getId(), Stage.DECLARATION, world.user("unit"));
        TaskView fill = world.task("unit", project.getId());
        DatabaseState before = state(project.getId());

        // The history line is written after the form was checked and marked submitted, before the engine moves.
        try (var fault = InjectedFault.refuse(dataSource, "project_history",
                "project_id = " + project.getId() + " and action = 'SUBMITTED'")) {
            submit("unit", fill.taskId()).andExpect(status().isInternalServerError())
                    .andExpect(jsonPath("$.message").value("服务器内部错误，请联系管理员"));
        }
        assertThat(state(project.getId())).isEqualTo(before);

        // Now the engine's last write fails: the department's review task cannot be created.
        String cycle = runtime.createProcessInstanceQuery().superProcessInstanceId(project.getProcessInstanceId())
                .singleResult().getId();
        try (var fault = InjectedFault.refuse(dataSource, "ACT_RU_TASK",
                "PROC_INST_ID_ = '" + cycle + "' and TASK_DEF_KEY_ = '" + ProcessKeys.TASK_DEPT_REVIEW + "'")) {
            submit("unit", fill.taskId()).andExpect(status().is5xxServerError());
        }
        assertThat(state(project.getId())).isEqualTo(before);
        assertThat(world.task("unit", project.getId()).taskId()).isEqualTo(fill.taskId());

        // The cause gone, the same submit goes through once.
        submit("unit", fill.taskId()).andExpect(status().isNoContent());
        assertThat(actions(project.getId(), HistoryAction.SUBMITTED)).isEqualTo(1);
        assertThat(projects.findById(project.getId()).orElseThrow().getStep()).isEqualTo(Step.DEPT_REVIEW);
    }

    @Test
    void aFormImportWithABadFormLateInTheArrayWritesNothing() throws Exception {
        ArrayNode body = importBody(5);
        ((ObjectNode) body.get(4)).put("project_name", "");
        DatabaseState before = DatabaseState.of(dataSource, true);

        mvc.perform(post("/api/imports/forms").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("[4].project_name"));
        assertThat(DatabaseState.of(dataSource, true)).isEqualTo(before);
    }

    @Test
    void aFormImportFailingOnItsLastFormWritesNothingAndSucceedsOnceFixed() throws Exception {
        ArrayNode body = importBody(5);
        String last = body.get(4).get("project_name").asText();
        DatabaseState before = DatabaseState.of(dataSource, true);

        try (var fault = InjectedFault.refuse(dataSource, "project", "name = '" + last + "'")) {
            mvc.perform(post("/api/imports/forms").with(httpBasic("finance", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                    .andExpect(status().isInternalServerError());
        }
        assertThat(DatabaseState.of(dataSource, true)).isEqualTo(before);

        mvc.perform(post("/api/imports/forms").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(5));
        assertThat(projects.findByFiscalYear(year)).hasSize(5);
    }

    @Test
    void aProjectListImportFailingOnALateRowCreatesNoProjectAndNoProcess() throws Exception {
        List<String> names = ProjectLists.names("清单故障项目", 6);
        MockMultipartFile file = new MockMultipartFile("file", "list.xlsx", null, ProjectLists.workbook(year, names));
        DatabaseState before = DatabaseState.of(dataSource, true);

        // Row 6: its project row is refused after five projects, their lifecycles and drafts were created.
        try (var fault = InjectedFault.refuse(dataSource, "project", "name = '" + names.get(5) + "'")) {
            importList(file).andExpect(status().isInternalServerError());
        }
        assertThat(DatabaseState.of(dataSource, true)).isEqualTo(before);

        importList(file).andExpect(status().isCreated()).andExpect(jsonPath("$.length()").value(6));
        // The same list again is refused whole (its projects exist) and adds nothing.
        DatabaseState imported = DatabaseState.of(dataSource, true);
        importList(file).andExpect(status().isBadRequest());
        assertThat(DatabaseState.of(dataSource, true)).isEqualTo(imported);
        List<Project> created = projects.findByFiscalYear(year);
        assertThat(created).extracting(Project::getName).containsExactlyInAnyOrderElementsOf(names);
        assertThat(created).allSatisfy(p -> assertThat(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(p.getId()))
                .processDefinitionKey(ProcessKeys.LIFECYCLE).count()).isEqualTo(1));
    }

    private org.springframework.test.web.servlet.ResultActions importList(MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/api/imports/project-list").file(file).param("year", String.valueOf(year))
                .with(httpBasic("finance", "demo")));
    }

    @Test
    void aFailingScoringJobRetriesEndsInAnIncidentAndAnAdminRetryCompletesIt() throws Exception {
        Project project = submittedSelfEvaluation();
        Long id = project.getId();
        Map<String, String> rows = Map.of(
                "project", "select * from project where id = " + id,
                "form", "select * from self_evaluation where project_id = " + id,
                "indicators", "select i.* from self_evaluation_indicator i join self_evaluation e"
                        + " on i.self_evaluation_id = e.id where e.project_id = " + id);
        DatabaseState before = DatabaseState.of(dataSource, false, rows);

        int attempts = 0;
        try (var fault = InjectedFault.refuse(dataSource, "project_history",
                "project_id = " + id + " and action = 'SCORED'")) {
            while (scoringJob(id).getRetries() > 0) {
                attempts++;
                try {
                    management.executeJob(scoringJob(id).getId());
                } catch (RuntimeException expected) {
                    // the engine counts the failure as one retry
                }
            }
            assertThat(attempts).isEqualTo(3);
            // Scores computed by each attempt were rolled back with it; nothing else was written either.
            assertThat(DatabaseState.of(dataSource, false, rows)).isEqualTo(before);

            JsonNode incidents = incidents();
            JsonNode ours = find(incidents, id);
            assertThat(ours.get("activityId").asText()).isEqualTo(ProcessKeys.TASK_SCORE);
            assertThat(ours.get("jobRetries").asInt()).isZero();
            assertThat(ours.get("message").asText()).isNotBlank();
            mvc.perform(get("/api/admin/incidents").with(httpBasic("finance", "demo"))).andExpect(status().isForbidden());
            mvc.perform(post("/api/admin/incidents/" + ours.get("id").asText() + "/retry")
                    .with(httpBasic("unit", "demo"))).andExpect(status().isForbidden());
        }

        String incidentId = find(incidents(), id).get("id").asText();
        mvc.perform(post("/api/admin/incidents/" + incidentId + "/retry").with(httpBasic("admin", "demo")))
                .andExpect(status().isAccepted());
        assertThat(runtime.createIncidentQuery().incidentId(incidentId).count()).isZero();
        assertThat(scoringJob(id).getRetries()).isEqualTo(1);
        management.executeJob(scoringJob(id).getId());

        Project scored = projects.findById(id).orElseThrow();
        assertThat(scored.getStep()).isEqualTo(Step.DEPT_REVIEW);
        assertThat(actions(id, HistoryAction.SCORED)).isEqualTo(1);
        assertThat(new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForObject(
                "select count(*) from self_evaluation where scored_at is not null and project_id = " + id, Long.class))
                .isEqualTo(1);
        mvc.perform(post("/api/admin/incidents/" + incidentId + "/retry").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
    }

    private Project submittedSelfEvaluation() {
        Project project = world.project(year, "评分故障", DemoData.SCIENCE_COMMITTEE_OWN);
        Long id = project.getId();
        world.act("unit", id, Decision.SUBMIT, null);
        world.act("dept", id, Decision.APPROVE, null);
        world.act("finance", id, Decision.APPROVE, null);
        context.getBean(org.jixiao.workflow.ProjectWorkflow.class).openStage(year, Stage.MONITORING, null,
                world.user("finance"));
        world.act("unit", id, Decision.SUBMIT, null);
        world.act("dept", id, Decision.APPROVE, null);
        context.getBean(org.jixiao.workflow.ProjectWorkflow.class).openStage(year, Stage.SELF_EVALUATION, null,
                world.user("finance"));
        world.act("unit", id, Decision.SUBMIT, null);
        return projects.findById(id).orElseThrow();
    }

    private Job scoringJob(Long projectId) {
        String cycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(projectId))
                .processDefinitionKey(ProcessKeys.REVIEW_CYCLE).singleResult().getId();
        return management.createJobQuery().processInstanceId(cycle).singleResult();
    }

    private JsonNode incidents() throws Exception {
        return JSON.readTree(mvc.perform(get("/api/admin/incidents").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static JsonNode find(JsonNode incidents, Long projectId) {
        for (JsonNode incident : incidents) {
            if (incident.get("projectId").asLong() == projectId) {
                return incident;
            }
        }
        throw new AssertionError("no incident of project " + projectId + " in " + incidents);
    }

    private org.springframework.test.web.servlet.ResultActions submit(String user, String taskId) throws Exception {
        return mvc.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"SUBMIT\"}"));
    }

    private long actions(Long projectId, HistoryAction action) {
        return history.of(projectId).stream().filter(e -> e.getAction() == action).count();
    }

    private DatabaseState state(Long projectId) {
        return DatabaseState.of(dataSource, true, Map.of(
                "project", "select * from project where id = " + projectId,
                "form", "select * from target_declaration where project_id = " + projectId));
    }

    /** {@code count} published forms moved to this test's year and a unit of their own. */
    private ArrayNode importBody(int count) throws IOException {
        ArrayNode body = JSON.createArrayNode();
        for (int k = 1; k <= count; k++) {
            ObjectNode form = (ObjectNode) JSON.readTree(PublishedFixtures.file("001-0" + k + ".json").toFile());
            form.put("year", year);
            form.put("implementing_unit", "故障导入单位" + year);
            form.put("project_name", "故障导入项目" + year + "-" + k);
            body.add(form);
        }
        return body;
    }
}
