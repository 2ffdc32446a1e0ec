package org.jixiao.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jixiao.demo.DemoData;
import org.jixiao.demo.DemoForms;
import org.jixiao.exchange.MonitoringForm;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.ProjectHistoryEntry;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.support.TestWorld;
import org.jixiao.workflow.Decision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One project's whole year over the HTTP API, as the demo users: created by finance, declaration returned,
 * withdrawn and approved, monitoring with an adjustment, self-evaluation scored by the asynchronous job,
 * publication. Runs once on H2 ({@link WholeYearH2Test}) and once on MySQL ({@link WholeYearMySqlTest}), where
 * rare characters outside the BMP, the unique keys and the engine's optimistic locking meet the real server.
 */
abstract class WholeYearScenario {

    /** Characters of CJK Extension B: four bytes in UTF-8, lost or mangled without utf8mb4. */
    static final String RARE = "𠀀𡃁𪚥";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProjectRepository projects;
    @Autowired
    ProjectHistory history;
    @Autowired
    OrganisationRepository organisations;

    TestWorld world;
    int year;

    @BeforeEach
    void freshYear() {
        world = TestWorld.of(context);
        year = TestWorld.freshYear();
    }

    @Test
    void aProjectGoesThroughTheWholeYear() throws Exception {
        String name = RARE + "科技馆展项更新（二期）";
        Long id = create(name);
        mvc.perform(get("/api/projects/" + id).with(httpBasic("unit", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value(name));

        world.fillForm(id, Stage.DECLARATION, world.user("unit"));
        decide("unit", id, Decision.SUBMIT, null).andExpect(status().isNoContent());
        String returnComment = "年度目标请细化到季度：" + RARE;
        decide("dept", id, Decision.RETURN, returnComment).andExpect(status().isNoContent());
        assertThat(projects.findById(id).orElseThrow().isReturned()).isTrue();
        decide("unit", id, Decision.SUBMIT, null).andExpect(status().isNoContent());
        mvc.perform(post("/api/projects/" + id + "/withdraw").with(httpBasic("unit", "demo")))
                .andExpect(status().isNoContent());
        assertThat(world.task("unit", id).step()).isEqualTo(Step.FILL);
        decide("unit", id, Decision.SUBMIT, null).andExpect(status().isNoContent());
        decide("dept", id, Decision.APPROVE, null).andExpect(status().isNoContent());
        decide("finance", id, Decision.APPROVE, "同意").andExpect(status().isNoContent());
        assertThat(projects.findById(id).orElseThrow().getStage()).isEqualTo(Stage.WAITING_MONITORING);

        openStage(Stage.MONITORING).andExpect(jsonPath("$.projectsMoved").value(1));
        saveMonitoringWithAdjustment(id);
        decide("unit", id, Decision.SUBMIT, null).andExpect(status().isNoContent());
        decide("dept", id, Decision.APPROVE, null).andExpect(status().isNoContent());
        assertThat(world.task("finance", id).step()).as("an adjustment goes on to finance").isEqualTo(Step.FINANCE_REVIEW);
        decide("finance", id, Decision.APPROVE, "同意调整").andExpect(status().isNoContent());
        mvc.perform(get("/api/projects/" + id + "/target-versions").with(httpBasic("unit", "demo")))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].origin").value("ADJUSTMENT"))
                .andExpect(jsonPath("$[1].reason").value(containsString("展项供货延期" + RARE)));

        openStage(Stage.SELF_EVALUATION).andExpect(jsonPath("$.projectsMoved").value(1));
        world.fillForm(id, Stage.SELF_EVALUATION, world.user("unit"));
        decide("unit", id, Decision.SUBMIT, null).andExpect(status().isNoContent());
        world.runScoringJob(id);
        decide("dept", id, Decision.APPROVE, null).andExpect(status().isNoContent());
        decide("finance", id, Decision.APPROVE, null).andExpect(status().isNoContent());
        mvc.perform(post("/api/publication/publish").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"projectIds\":[" + id + "]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.published.length()").value(1));

        assertThat(projects.findById(id).orElseThrow().getStage()).isEqualTo(Stage.PUBLISHED);
        List<ProjectHistoryEntry> entries = history.of(id);
        assertThat(entries).extracting(ProjectHistoryEntry::getAction).containsSubsequence(
                HistoryAction.SUBMITTED, HistoryAction.RETURNED, HistoryAction.SUBMITTED, HistoryAction.WITHDRAWN,
                HistoryAction.SUBMITTED, HistoryAction.APPROVED, HistoryAction.APPROVED,
                HistoryAction.SUBMITTED, HistoryAction.APPROVED, HistoryAction.APPROVED,
                HistoryAction.SUBMITTED, HistoryAction.SCORED, HistoryAction.APPROVED, HistoryAction.APPROVED,
                HistoryAction.PUBLISHED);
        assertThat(entries).filteredOn(e -> e.getAction() == HistoryAction.RETURNED)
                .extracting(ProjectHistoryEntry::getComment).containsExactly(returnComment);
        mvc.perform(get("/api/projects/" + id).with(httpBasic("unit2", "demo"))).andExpect(status().isNotFound());
    }

    @Test
    void rareCharactersAreKeptApartAndComeBackUnchanged() throws Exception {
        Long first = create("科普讲座" + RARE.substring(0, 2));
        Long second = create("科普讲座" + RARE.substring(2, 4));
        assertThat(first).isNotEqualTo(second);
        assertThat(projects.findById(second).orElseThrow().getName()).isEqualTo("科普讲座𡃁");

        JsonNode draft = json.valueToTree(DemoForms.declaration(year));
        String goal = "建成" + RARE + "主题展区，接待观众十万人次";
        ((ObjectNode) draft).put("goal_annual", goal);
        save(first, "declaration", draft).andExpect(status().isOk());
        mvc.perform(get("/api/projects/" + first + "/declaration").with(httpBasic("unit", "demo")))
                .andExpect(jsonPath("$.goal_annual").value(goal))
                .andExpect(jsonPath("$.project_name").value("科普讲座𠀀"));
    }

    @Test
    void aTaskCompletedTwiceIsAConflictTheSecondTime() throws Exception {
        Long id = create("重复提交测试");
        world.fillForm(id, Stage.DECLARATION, world.user("unit"));
        String taskId = world.task("unit", id).taskId();
        complete("unit", taskId, Decision.SUBMIT, null).andExpect(status().isNoContent());
        complete("unit", taskId, Decision.SUBMIT, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("该任务已被他人办理，请刷新后查看"));
        complete("unit2", taskId, Decision.SUBMIT, null).andExpect(status().isNotFound());
        assertThat(history.of(id)).filteredOn(e -> e.getAction() == HistoryAction.SUBMITTED).hasSize(1);
        assertThat(world.task("dept", id).step()).isEqualTo(Step.DEPT_REVIEW);
    }

    private Long create(String name) throws Exception {
        Long unitId = organisations.findByName(DemoData.SCIENCE_COMMITTEE_OWN).orElseThrow().getId();
        String body = json.writeValueAsString(Map.of("year", year, "name", name,
                "category", "RECURRING", "unitId", unitId));
        String answer = mvc.perform(post("/api/projects").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value(name))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }

    private void saveMonitoringWithAdjustment(Long id) throws Exception {
        MonitoringForm demo = DemoForms.monitoring(year);
        MonitoringForm.TargetChange change = new MonitoringForm.TargetChange("产出指标", "数量指标", "工作计划完成率",
                "≥95%", BigDecimal.valueOf(20), "展项供货延期");
        MonitoringForm adjusted = new MonitoringForm(demo.source(), demo.ordinal(), demo.form(), demo.year(),
                demo.projectName(), demo.supervisingDepartment(), demo.implementingUnit(), demo.moneyUnit(),
                demo.periodEnd(), demo.annualBudget(), demo.executedToDate(), demo.goalProgress(), demo.indicators(),
                new MonitoringForm.Adjustment(demo.annualBudget(), "展项供货延期" + RARE, List.of(change)),
                demo.notes());
        save(id, "monitoring", json.valueToTree(adjusted)).andExpect(status().isOk());
    }

    private ResultActions save(Long id, String form, JsonNode body) throws Exception {
        return mvc.perform(put("/api/projects/" + id + "/" + form).with(httpBasic("unit", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    private ResultActions openStage(Stage stage) throws Exception {
        return mvc.perform(post("/api/stages/open").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":" + year + ",\"stage\":\"" + stage + "\"}"))
                .andExpect(status().isOk());
    }

    private ResultActions decide(String username, Long projectId, Decision decision, String comment) throws Exception {
        return complete(username, world.task(username, projectId).taskId(), decision, comment);
    }

    private ResultActions complete(String username, String taskId, Decision decision, String comment) throws Exception {
        String body = json.writeValueAsString(comment == null ? Map.of("decision", decision)
                : Map.of("decision", decision, "comment", comment));
        return mvc.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic(username, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
