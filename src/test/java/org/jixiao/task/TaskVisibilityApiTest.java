package org.jixiao.task;

import com.jayway.jsonpath.JsonPath;
import org.jixiao.demo.DemoData;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.ProjectHistoryEntry;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.TaskView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each organisation sees and completes only its own tasks; a refused action changes nothing. */
@IntegrationTest
class TaskVisibilityApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectHistory history;
    @Autowired
    ProjectRepository projects;

    TestWorld world;
    int year;
    Project unitProject;

    @BeforeEach
    void setUp() {
        world = TestWorld.of(context);
        year = TestWorld.freshYear();
        unitProject = world.project(year, "科普工作", DemoData.SCIENCE_COMMITTEE_OWN);
    }

    @Test
    void taskListShowsOnlyTheCallersOrganisationsTasks() throws Exception {
        String taskId = world.task("unit", unitProject.getId()).taskId();
        mvc.perform(get("/api/tasks").param("size", "500").with(httpBasic("unit", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().exists("X-Total-Count"))
                .andExpect(jsonPath("$[*].taskId", hasItem(taskId)))
                .andExpect(jsonPath("$[?(@.taskId == '" + taskId + "')].projectName").value("科普工作"))
                .andExpect(jsonPath("$[?(@.taskId == '" + taskId + "')].stage").value("DECLARATION"))
                .andExpect(jsonPath("$[?(@.taskId == '" + taskId + "')].step").value("FILL"))
                .andExpect(jsonPath("$[?(@.taskId == '" + taskId + "')].since").exists());
        for (String other : List.of("unit2", "dept", "finance", "admin")) {
            mvc.perform(get("/api/tasks").param("size", "500").with(httpBasic(other, "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].taskId", not(hasItem(taskId))));
        }
    }

    @Test
    void taskListPagesThroughTheTasks() throws Exception {
        Project second = world.project(year, "第二个项目", DemoData.SCIENCE_COMMITTEE_OWN);
        int total = workflowTotal();
        mvc.perform(get("/api/tasks").param("size", "1").param("page", "0").with(httpBasic("unit", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", String.valueOf(total)))
                .andExpect(jsonPath("$.length()").value(1));
        // page by page every task exactly once (MySQL keeps task times to the second: ties must not reorder)
        List<Integer> paged = new ArrayList<>();
        for (int page = 0; page * 3 < total; page++) {
            String body = mvc.perform(get("/api/tasks").param("size", "3").param("page", String.valueOf(page))
                    .with(httpBasic("unit", "demo"))).andReturn().getResponse().getContentAsString();
            paged.addAll(JsonPath.read(body, "$[*].projectId"));
        }
        assertThat(paged).hasSize(total).doesNotHaveDuplicates()
                .contains(second.getId().intValue(), unitProject.getId().intValue());
    }

    private int workflowTotal() {
        return context.getBean(org.jixiao.workflow.ProjectWorkflow.class).openTasks(world.user("unit")).size();
    }

    @Test
    void anotherUnitCanNeitherReadNorCompleteTheTask() throws Exception {
        String taskId = world.task("unit", unitProject.getId()).taskId();
        int before = history.of(unitProject.getId()).size();

        mvc.perform(get("/api/tasks/" + taskId).with(httpBasic("unit2", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic("unit2", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"SUBMIT\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").exists());
        mvc.perform(post("/api/tasks/" + taskId + "/claim").with(httpBasic("unit2", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/projects/" + unitProject.getId()).with(httpBasic("unit2", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/projects/" + unitProject.getId() + "/history").with(httpBasic("unit2", "demo")))
                .andExpect(status().isNotFound());

        assertThat(world.task("unit", unitProject.getId()).taskId()).isEqualTo(taskId);
        assertThat(history.of(unitProject.getId())).hasSize(before);
        assertThat(projects.findById(unitProject.getId()).orElseThrow().getStep()).isEqualTo(Step.FILL);
    }

    @Test
    void reviewerOfAnotherDepartmentCannotDecide() throws Exception {
        world.act("unit", unitProject.getId(), Decision.SUBMIT, null);
        String reviewTask = world.task("dept", unitProject.getId()).taskId();
        // the finance bureau may not take the department's step either
        mvc.perform(post("/api/tasks/" + reviewTask + "/complete").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}"))
                .andExpect(status().isNotFound());
        assertThat(projects.findById(unitProject.getId()).orElseThrow().getStep()).isEqualTo(Step.DEPT_REVIEW);
    }

    @Test
    void returnNeedsACommentAndTheUnitSeesWhy() throws Exception {
        world.act("unit", unitProject.getId(), Decision.SUBMIT, null);
        String reviewTask = world.task("dept", unitProject.getId()).taskId();

        mvc.perform(post("/api/tasks/" + reviewTask + "/complete").with(httpBasic("dept", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"RETURN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("comment"));
        mvc.perform(post("/api/tasks/" + reviewTask + "/complete").with(httpBasic("dept", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"SUBMIT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("decision"));
        mvc.perform(post("/api/tasks/" + reviewTask + "/complete").with(httpBasic("dept", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"RETURN\",\"comment\":\"满意度指标缺少目标值\"}"))
                .andExpect(status().isNoContent());

        TaskView back = world.task("unit", unitProject.getId());
        assertThat(back.step()).isEqualTo(Step.FILL);
        assertThat(back.returned()).isTrue();
        ProjectHistoryEntry last = history.of(unitProject.getId()).get(history.of(unitProject.getId()).size() - 1);
        assertThat(last.getAction()).isEqualTo(HistoryAction.RETURNED);
        assertThat(last.getComment()).isEqualTo("满意度指标缺少目标值");
        assertThat(last.getActorUsername()).isEqualTo("dept");
    }

    @Test
    void unitWithdrawsUntilTheDepartmentClaims() throws Exception {
        world.act("unit", unitProject.getId(), Decision.SUBMIT, null);
        mvc.perform(post("/api/projects/" + unitProject.getId() + "/withdraw").with(httpBasic("unit2", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/projects/" + unitProject.getId() + "/withdraw").with(httpBasic("unit", "demo")))
                .andExpect(status().isNoContent());
        assertThat(world.task("unit", unitProject.getId()).step()).isEqualTo(Step.FILL);

        world.act("unit", unitProject.getId(), Decision.SUBMIT, null);
        String reviewTask = world.task("dept", unitProject.getId()).taskId();
        mvc.perform(post("/api/tasks/" + reviewTask + "/claim").with(httpBasic("dept", "demo")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/projects/" + unitProject.getId() + "/withdraw").with(httpBasic("unit", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("主管部门已开始审核，不能撤回"));
        assertThat(world.task("dept", unitProject.getId()).assignee()).isEqualTo("dept");
    }

    @Test
    void financeOpensAStageForTheWholeYearInOneAction() throws Exception {
        Project second = world.project(year, "科技创新项目", DemoData.INNOVATION_CENTRE);
        for (Project p : List.of(unitProject, second)) {
            String filler = p == unitProject ? "unit" : "unit2";
            world.act(filler, p.getId(), Decision.SUBMIT, null);
            world.act("dept", p.getId(), Decision.APPROVE, null);
            world.act("finance", p.getId(), Decision.APPROVE, null);
            assertThat(projects.findById(p.getId()).orElseThrow().getStage()).isEqualTo(Stage.WAITING_MONITORING);
        }
        String body = "{\"year\":" + year + ",\"stage\":\"MONITORING\",\"deadline\":\"" + year + "-07-31\"}";
        mvc.perform(post("/api/stages/open").with(httpBasic("dept", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/stages/open").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.projectsMoved").value(2));
        assertThat(world.task("unit", unitProject.getId()).stage()).isEqualTo(Stage.MONITORING);
        assertThat(world.task("unit2", second.getId()).stage()).isEqualTo(Stage.MONITORING);
        mvc.perform(post("/api/stages/open").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
    }
}
