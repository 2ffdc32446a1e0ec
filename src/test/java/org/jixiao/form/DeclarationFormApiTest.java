package org.jixiao.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jixiao.demo.DemoData;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.ProjectRepository;
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
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The declaration over HTTP: drafts, submit through the task hook, return, conflicts and scope. */
@IntegrationTest
class DeclarationFormApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectRepository projects;
    @Autowired
    ProjectHistory history;
    @Autowired
    ProjectWorkflow workflow;

    TestWorld world;
    Project project;

    @BeforeEach
    void setUp() {
        world = TestWorld.of(context);
        project = world.project(TestWorld.freshYear(), "上海低碳技术创新功能型平台建设", DemoData.SCIENCE_COMMITTEE_OWN);
    }

    @Test
    void draftIsStoredAndReadBackWithItsVersion() throws Exception {
        save(FormFixtures.read("001-04.json"), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0));

        mvc.perform(get(url()).with(httpBasic("unit", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.form").value("target_declaration"))
                .andExpect(jsonPath("$.project_name").value(project.getName()))
                .andExpect(jsonPath("$.implementing_unit").value(DemoData.SCIENCE_COMMITTEE_OWN))
                .andExpect(jsonPath("$.funds.annual_request").value(23780000))
                .andExpect(jsonPath("$.indicators.length()").value(7))
                .andExpect(jsonPath("$.indicators[4].name").value("申报单位满意度"))
                .andExpect(jsonPath("$.indicators[4].target_annual").value("=90%"));
    }

    @Test
    void invalidSubmitAnswers400WithFieldPathsAndChangesNothing() throws Exception {
        ObjectNode form = FormFixtures.read("001-04.json");
        ArrayNode indicators = (ArrayNode) form.get("indicators");
        for (int i = indicators.size() - 1; i >= 0; i--) {
            if (indicators.get(i).get("level1").asText().equals("满意度指标")) {
                indicators.remove(i);
            }
        }
        ((ObjectNode) indicators.get(0)).put("target_annual", "");
        ((ObjectNode) form.get("funds")).put("annual_request", 1);
        save(form, null).andExpect(status().isOk());
        String taskId = world.task("unit", project.getId()).taskId();
        int historyBefore = history.of(project.getId()).size();

        mvc.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic("unit", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"SUBMIT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[?(@.field == 'indicators[0].target_annual')]").exists())
                .andExpect(jsonPath("$.fieldErrors[?(@.field == 'indicators' && @.message == '缺少满意度指标')]").exists())
                .andExpect(jsonPath("$.fieldErrors[?(@.field == 'funds.annual_request')]").exists());

        assertThat(world.task("unit", project.getId()).taskId()).isEqualTo(taskId);
        assertThat(history.of(project.getId())).hasSize(historyBefore);
        assertThat(projects.findById(project.getId()).orElseThrow().getStep()).isEqualTo(Step.FILL);
        mvc.perform(get(url()).with(httpBasic("unit", "demo")))
                .andExpect(header().string("ETag", "\"0\""));
    }

    @Test
    void submitWithoutAnyFormIsRefused() throws Exception {
        String taskId = world.task("unit", project.getId()).taskId();
        mvc.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic("unit", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"SUBMIT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("form"));
        assertThat(world.task("unit", project.getId()).taskId()).isEqualTo(taskId);
    }

    @Test
    void malformedDraftIsRefusedWithPath() throws Exception {
        ObjectNode form = FormFixtures.read("001-04.json");
        ((ObjectNode) form.get("funds")).put("carryover", -5);
        ((ObjectNode) form.get("indicators").get(1)).put("level2", "服务对象满意度指标");
        ((ObjectNode) form.get("indicators").get(2)).put("name", "长".repeat(201));
        save(form, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[?(@.field == 'funds.carryover')].message").value("金额不能为负数"))
                .andExpect(jsonPath("$.fieldErrors[?(@.field == 'indicators[1].level2')]").exists())
                .andExpect(jsonPath("$.fieldErrors[?(@.field == 'indicators[2].name')]").exists());
        ObjectNode typo = FormFixtures.read("001-04.json");
        ((ObjectNode) typo.get("funds")).put("fiscal", "很多");
        save(typo, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("funds.fiscal"));
        mvc.perform(get(url()).with(httpBasic("unit", "demo"))).andExpect(header().doesNotExist("ETag"));
    }

    @Test
    void validSubmitCompletesTheTaskAndReturnReopensTheData() throws Exception {
        save(FormFixtures.read("001-04.json"), null).andExpect(status().isOk());
        String taskId = world.task("unit", project.getId()).taskId();
        mvc.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic("unit", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"SUBMIT\"}"))
                .andExpect(status().isNoContent());
        assertThat(workflow.openTasks(world.user("unit"))).noneMatch(t -> t.projectId().equals(project.getId()));
        assertThat(world.task("dept", project.getId()).step()).isEqualTo(Step.DEPT_REVIEW);
        assertThat(history.of(project.getId())).anyMatch(e -> e.getAction() == HistoryAction.SUBMITTED);
        // Reviewers read the submitted form; the unit can no longer change it.
        mvc.perform(get(url()).with(httpBasic("dept", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators.length()").value(7));
        save(FormFixtures.read("001-04.json"), "0").andExpect(status().isConflict());

        world.act("dept", project.getId(), Decision.RETURN, "请细化指标");

        assertThat(world.task("unit", project.getId()).step()).isEqualTo(Step.FILL);
        mvc.perform(get(url()).with(httpBasic("unit", "demo")))
                .andExpect(jsonPath("$.indicators.length()").value(7))
                .andExpect(jsonPath("$.goal_annual").value(FormFixtures.read("001-04.json").get("goal_annual").asText()));
        MvcResult read = mvc.perform(get(url()).with(httpBasic("unit", "demo"))).andReturn();
        save(FormFixtures.read("001-04.json"), read.getResponse().getHeader("ETag")).andExpect(status().isOk());
    }

    @Test
    void staleVersionIsAConflictNeverAnOverwrite() throws Exception {
        save(FormFixtures.read("001-04.json"), null).andExpect(status().isOk());
        ObjectNode first = FormFixtures.read("001-04.json");
        first.put("goal_annual", "第一位经办人的修改");
        save(first, "\"0\"").andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        ObjectNode second = FormFixtures.read("001-04.json");
        second.put("goal_annual", "第二位经办人的修改");
        save(second, "\"0\"").andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("已被他人修改")));
        save(second, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("version"));
        mvc.perform(get(url()).with(httpBasic("unit", "demo")))
                .andExpect(jsonPath("$.goal_annual").value("第一位经办人的修改"));
    }

    @Test
    void anotherUnitCanNeitherReadNorWriteTheForm() throws Exception {
        save(FormFixtures.read("001-04.json"), null).andExpect(status().isOk());
        mvc.perform(get(url()).with(httpBasic("unit2", "demo"))).andExpect(status().isNotFound());
        ObjectNode hostile = FormFixtures.read("001-04.json");
        hostile.put("goal_annual", "别的单位写的");
        mvc.perform(put(url()).with(httpBasic("unit2", "demo")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(hostile.toString()))
                .andExpect(status().isNotFound());
        mvc.perform(put(url()).with(httpBasic("dept", "demo")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(hostile.toString()))
                .andExpect(status().isForbidden());
        JsonNode stored = FormFixtures.MAPPER.readTree(mvc.perform(get(url()).with(httpBasic("unit", "demo")))
                .andExpect(header().string("ETag", "\"0\"")).andReturn().getResponse().getContentAsString());
        assertThat(stored.get("goal_annual").asText()).isEqualTo(FormFixtures.read("001-04.json").get("goal_annual").asText());
    }

    private String url() {
        return "/api/projects/" + project.getId() + "/declaration";
    }

    private org.springframework.test.web.servlet.ResultActions save(JsonNode form, String ifMatch) throws Exception {
        var request = put(url()).with(httpBasic("unit", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(form.toString());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }
}
