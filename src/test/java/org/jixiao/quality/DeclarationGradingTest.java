package org.jixiao.quality;

import org.jixiao.declaration.DeclarationStore;
import org.jixiao.declaration.TargetVersions;
import org.jixiao.demo.DemoData;
import org.jixiao.form.FormStatus;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.ProjectWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Finance grades a declaration at its review; one process path per grade through the real BPMN. */
@IntegrationTest
class DeclarationGradingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectRepository projects;
    @Autowired
    ProjectWorkflow workflow;
    @Autowired
    TargetVersions targetVersions;
    @Autowired
    DeclarationStore declarations;

    /** One year for the whole class (years are scarce); each test works on projects of its own names. */
    private static final int YEAR = TestWorld.freshYear();
    private static final java.util.concurrent.atomic.AtomicInteger NAMES = new java.util.concurrent.atomic.AtomicInteger();

    TestWorld world;
    Project project;

    @BeforeEach
    void atFinanceReview() {
        world = TestWorld.of(context);
        project = world.project(YEAR, "科技创新创业" + NAMES.incrementAndGet(), DemoData.SCIENCE_COMMITTEE_OWN);
        world.act("unit", project.getId(), Decision.SUBMIT, null);
        world.act("dept", project.getId(), Decision.APPROVE, null);
    }

    @Test
    void excellentApprovesTheTargets() throws Exception {
        grade("优", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.grade").value("优"))
                .andExpect(jsonPath("$.decision").value("APPROVE"))
                .andExpect(jsonPath("$.graded_by").value("finance"));
        assertApproved();
    }

    @Test
    void goodApprovesTheTargets() throws Exception {
        grade("良", "目标较明确").andExpect(status().isOk()).andExpect(jsonPath("$.decision").value("APPROVE"));
        assertApproved();
    }

    @Test
    void passReturnsTheDeclarationToTheUnitForRevision() throws Exception {
        grade("中", "满意度指标请量化").andExpect(status().isOk()).andExpect(jsonPath("$.decision").value("RETURN"));
        Project now = projects.findById(project.getId()).orElseThrow();
        assertThat(now.getStage()).isEqualTo(Stage.DECLARATION);
        assertThat(now.getStep()).isEqualTo(Step.FILL);
        assertThat(now.isReturned()).isTrue();
        assertThat(world.task("unit", project.getId()).step()).isEqualTo(Step.FILL);
        assertThat(declarations.read(project.getId(), world.user("unit")).status()).isEqualTo(FormStatus.DRAFT);
        assertThat(targetVersions.latest(project.getId())).isEmpty();

        // Revised and submitted again, it can then be graded 良.
        world.act("unit", project.getId(), Decision.SUBMIT, null);
        world.act("dept", project.getId(), Decision.APPROVE, null);
        grade("良", null).andExpect(status().isOk());
        mvc.perform(get("/api/projects/" + project.getId() + "/declaration-grades").with(httpBasic("unit", "demo")))
                .andExpect(jsonPath("$[*].grade", org.hamcrest.Matchers.contains("中", "良")))
                .andExpect(jsonPath("$[0].comment").value("满意度指标请量化"));
        assertApproved();
    }

    @Test
    void poorStopsTheProjectWhichStaysVisibleWithTheReason() throws Exception {
        grade("差", "目标与项目内容不符").andExpect(status().isOk()).andExpect(jsonPath("$.decision").value("REJECT"));
        Project now = projects.findById(project.getId()).orElseThrow();
        assertThat(now.getStage()).isEqualTo(Stage.REJECTED);
        assertThat(now.getStep()).isNull();
        for (String person : new String[]{"unit", "dept", "finance"}) {
            assertThat(workflow.openTasks(world.user(person))).noneMatch(t -> t.projectId().equals(project.getId()));
        }
        assertThat(targetVersions.latest(project.getId())).isEmpty();
        mvc.perform(get("/projects/" + project.getId()).with(user(world.user("unit"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("目标未通过")))
                .andExpect(content().string(containsString("不予通过，项目终止")))
                .andExpect(content().string(containsString("理由：目标与项目内容不符")));
        mvc.perform(get("/api/projects/" + project.getId() + "/declaration-grades").with(httpBasic("unit2", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void passAndPoorNeedAReasonAndNothingIsStoredWithout() throws Exception {
        grade("中", " ").andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors[0].field").value("comment"));
        grade("差", null).andExpect(status().isBadRequest());
        mvc.perform(post("/api/tasks/" + financeTask() + "/declaration-grade").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grade\":\"甲\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/tasks/" + financeTask() + "/declaration-grade").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("grade"));
        assertThat(projects.findById(project.getId()).orElseThrow().getStep()).isEqualTo(Step.FINANCE_REVIEW);
        assertThat(context.getBean(DeclarationGradeRepository.class).findByProjectIdOrderByGradedAtAscIdAsc(project.getId()))
                .isEmpty();
    }

    @Test
    void onlyFinanceGradesAndOnlyAtTheDeclarationReview() throws Exception {
        String financeTask = financeTask();
        mvc.perform(post("/api/tasks/" + financeTask + "/declaration-grade").with(httpBasic("unit", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grade\":\"优\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/tasks/" + financeTask + "/declaration-grade").with(httpBasic("dept", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grade\":\"优\"}"))
                .andExpect(status().isNotFound());

        Project other = world.project(YEAR, "科普工作" + NAMES.incrementAndGet(), DemoData.SCIENCE_COMMITTEE_OWN);
        world.act("unit", other.getId(), Decision.SUBMIT, null);
        mvc.perform(post("/api/tasks/" + world.task("dept", other.getId()).taskId() + "/declaration-grade")
                        .with(httpBasic("dept", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grade\":\"优\"}"))
                .andExpect(status().isConflict());
        assertThat(projects.findById(other.getId()).orElseThrow().getStep()).isEqualTo(Step.DEPT_REVIEW);
    }

    @Test
    void financeGradesOnTheTaskPage() throws Exception {
        String task = financeTask();
        mvc.perform(get("/tasks/" + task).with(user(world.user("finance"))))
                .andExpect(content().string(containsString("绩效目标评级")));
        mvc.perform(get("/tasks/" + world.task("unit", world.project(YEAR, "课题与规划" + NAMES.incrementAndGet(),
                        DemoData.SCIENCE_COMMITTEE_OWN).getId()).taskId()).with(user(world.user("unit"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("绩效目标评级"))));
        mvc.perform(post("/tasks/" + task + "/declaration-grade").with(csrf()).with(user(world.user("finance")))
                        .param("grade", "中"))
                .andExpect(redirectedUrl("/tasks/" + task));
        assertThat(projects.findById(project.getId()).orElseThrow().getStep()).isEqualTo(Step.FINANCE_REVIEW);
        mvc.perform(post("/tasks/" + task + "/declaration-grade").with(csrf()).with(user(world.user("finance")))
                        .param("grade", "良").param("comment", "可以"))
                .andExpect(redirectedUrl("/tasks"));
        assertApproved();
    }

    private void assertApproved() {
        Project now = projects.findById(project.getId()).orElseThrow();
        assertThat(now.getStage()).isEqualTo(Stage.WAITING_MONITORING);
        assertThat(targetVersions.latest(project.getId())).isPresent();
        assertThat(declarations.read(project.getId(), world.user("unit")).status()).isEqualTo(FormStatus.APPROVED);
    }

    private String financeTask() {
        return world.task("finance", project.getId()).taskId();
    }

    private ResultActions grade(String grade, String comment) throws Exception {
        String body = "{\"grade\":\"" + grade + "\"" + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
        return mvc.perform(post("/api/tasks/" + financeTask() + "/declaration-grade").with(httpBasic("finance", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
