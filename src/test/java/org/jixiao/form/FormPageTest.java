package org.jixiao.form;

import com.fasterxml.jackson.databind.JsonNode;
import org.jixiao.demo.DemoData;
import org.jixiao.project.Project;
import org.jixiao.project.Step;
import org.jixiao.security.CurrentUser;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.jixiao.workflow.ProjectWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.Iterator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The form on the task page: saving, refusing with messages by field, submitting, read-only review; OpenAPI. */
@IntegrationTest
class FormPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectWorkflow workflow;

    @Test
    void unitFillsTheDeclarationOnTheTaskPageAndTheReviewerReadsIt() throws Exception {
        TestWorld world = TestWorld.of(context);
        Project project = world.project(TestWorld.freshYear(), "页面填报测试", DemoData.SCIENCE_COMMITTEE_OWN);
        CurrentUser unit = world.user("unit");
        String taskId = world.task("unit", project.getId()).taskId();

        mvc.perform(get("/tasks/" + taskId).with(user(unit)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("财政项目支出绩效目标申报表")))
                .andExpect(content().string(containsString("name=\"indicators[0].target_annual\"")))
                .andExpect(content().string(containsString("沿用上年目标")));

        // Without the CSRF token the page POST is refused.
        mvc.perform(fixtureParams(post("/tasks/" + taskId + "/form").with(user(unit))))
                .andExpect(status().isForbidden());

        // Submit with a level-2 of another level 1: the page comes back with the values and the message by the field.
        mvc.perform(fixtureParams(post("/tasks/" + taskId + "/form").with(user(unit)).with(csrf()))
                        .param("indicators[9].level1", "产出指标").param("indicators[9].level2", "服务对象满意度指标")
                        .param("indicators[9].name", "新指标").param("action", "submit"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("data-field=\"indicators[7].level2\"")))
                .andExpect(content().string(containsString("“服务对象满意度指标”不属于一级指标“产出指标”")))
                .andExpect(content().string(containsString("value=\"工作计划完成率\"")));
        assertThat(world.task("unit", project.getId()).step()).isEqualTo(Step.FILL);

        mvc.perform(fixtureParams(post("/tasks/" + taskId + "/form").with(user(unit)).with(csrf()))
                        .param("action", "save"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tasks/" + taskId));
        mvc.perform(get("/api/projects/" + project.getId() + "/declaration").with(httpBasic("unit", "demo")))
                .andExpect(jsonPath("$.indicators.length()").value(7))
                .andExpect(jsonPath("$.indicators[6].level2").value("服务对象满意度指标"))
                .andExpect(jsonPath("$.funds.annual_request").value(23780000));

        mvc.perform(fixtureParams(post("/tasks/" + taskId + "/form").with(user(unit)).with(csrf()))
                        .param("version", "0").param("action", "submit"))
                .andExpect(redirectedUrl("/tasks"));
        String review = world.task("dept", project.getId()).taskId();
        mvc.perform(get("/tasks/" + review).with(user(world.user("dept"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<fieldset disabled=\"disabled\">")))
                .andExpect(content().string(containsString("value=\"工作计划完成率\"")))
                .andExpect(content().string(containsString("提交")))
                .andExpect(content().string(not(containsString("value=\"submit\""))));
    }

    @Test
    void apiDocsAnswerLoggedInUsersOnly() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(TestWorld.of(context).user("unit"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/projects/{projectId}/{form}")))
                .andExpect(content().string(containsString("/api/imports/forms")));
        mvc.perform(get("/swagger-ui/index.html").with(user(TestWorld.of(context).user("unit"))))
                .andExpect(status().isOk());
        int anonymous = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getStatus();
        assertThat(anonymous).isIn(302, 401);
    }

    /** The page parameters of fixture 001-04, named by their JSON paths as the page names its inputs. */
    private static MockHttpServletRequestBuilder fixtureParams(MockHttpServletRequestBuilder request) {
        JsonNode form = FormFixtures.read("001-04.json");
        flatten("", form, request);
        return request;
    }

    private static void flatten(String path, JsonNode node, MockHttpServletRequestBuilder request) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("notes") && !e.getKey().equals("source") && !e.getKey().equals("ordinal")) {
                    flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), request);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), request);
            }
        } else if (!node.isNull()) {
            request.param(path, node.asText());
        }
    }
}
