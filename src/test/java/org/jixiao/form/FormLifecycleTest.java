package org.jixiao.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jixiao.demo.DemoData;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.ProjectWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A project's year through the three forms: approved targets (version 1), an approved adjustment (version 2),
 * the self-evaluation prefilled from version 2, and the scoring job returning a faulty form, then passing it.
 */
@IntegrationTest
class FormLifecycleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectWorkflow workflow;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectHistory history;

    @Test
    void adjustmentBecomesVersionTwoAndTheSelfEvaluationIsScoredAgainstIt() throws Exception {
        TestWorld world = TestWorld.of(context);
        int year = TestWorld.freshYear();
        Project project = world.project(year, "上海低碳技术创新功能型平台建设", DemoData.SCIENCE_COMMITTEE_OWN);
        Long id = project.getId();
        approvedDeclaration(world, id);

        mvc.perform(get("/api/projects/" + id + "/target-versions").with(httpBasic("unit", "demo")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].full_year_budget").value(23780000));

        workflow.openStage(year, Stage.MONITORING, LocalDate.of(year, 7, 31), world.user("finance"));
        ObjectNode monitoring = (ObjectNode) read(id, "monitoring");
        assertThat(monitoring.get("indicators").size()).isEqualTo(7);
        assertThat(monitoring.get("annual_budget").decimalValue()).isEqualByComparingTo("23780000");
        monitoring.put("executed_to_date", 9000000).put("goal_progress", "按计划推进");
        for (JsonNode i : monitoring.get("indicators")) {
            ((ObjectNode) i).put("achieved_to_date", "=50%").put("expected_year_end", i.get("target").asText())
                    .put("light", "GREEN");
        }
        ObjectNode change = FormFixtures.MAPPER.createObjectNode().put("level1", "产出指标").put("level2", "数量指标")
                .put("name", "工作计划完成率").put("new_target", "≥95%").put("new_weight", 20).put("reason", "受疫情影响");
        monitoring.putObject("adjustment").put("new_annual_budget", 20000000).put("budget_reason", "核减")
                .putArray("target_changes").add(change);
        save(id, "monitoring", monitoring, null).andExpect(status().isOk());
        submit(world, id).andExpect(status().isNoContent());
        world.act("dept", id, Decision.APPROVE, "同意调整");
        // adjustmentRequested sent the form on to finance.
        assertThat(world.task("finance", id).step()).isEqualTo(Step.FINANCE_REVIEW);
        mvc.perform(get("/tasks/" + world.task("finance", id).taskId()).with(user(world.user("finance"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("财政项目支出绩效运行监控表")))
                .andExpect(content().string(containsString("value=\"受疫情影响\"")));
        world.act("finance", id, Decision.APPROVE, "同意调整");

        mvc.perform(get("/api/projects/" + id + "/target-versions").with(httpBasic("unit", "demo")))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].indicators[0].target_annual").value("=100%"))
                .andExpect(jsonPath("$[0].full_year_budget").value(23780000))
                .andExpect(jsonPath("$[1].number").value(2))
                .andExpect(jsonPath("$[1].origin").value("ADJUSTMENT"))
                .andExpect(jsonPath("$[1].full_year_budget").value(20000000))
                .andExpect(jsonPath("$[1].indicators[0].target_annual").value("≥95%"))
                .andExpect(jsonPath("$[1].indicators[0].weight").value(20));

        workflow.openStage(year, Stage.SELF_EVALUATION, null, world.user("finance"));
        ObjectNode evaluation = (ObjectNode) read(id, "self-evaluation");
        assertThat(evaluation.at("/funds/total/initial").decimalValue()).isEqualByComparingTo("23780000");
        assertThat(evaluation.at("/funds/total/adjusted").decimalValue()).isEqualByComparingTo("20000000");
        assertThat(evaluation.at("/indicators/0/target").asText()).isEqualTo("≥95%");
        assertThat(evaluation.at("/indicators/0/weight").decimalValue()).isEqualByComparingTo("20");

        // First attempt: a score above its weight and one below it without a reason.
        fill(evaluation, new String[]{"25", "15", "15", "30", "3", "3", "3"});
        save(id, "self-evaluation", evaluation, null).andExpect(status().isOk());
        submit(world, id).andExpect(status().isNoContent());
        // Until the asynchronous job runs, the project says it is being scored.
        assertThat(jdbc.queryForObject("select step from project where id = ?", String.class, id))
                .isEqualTo(Step.SCORING.name());
        world.runScoringJob(id);

        assertThat(world.task("unit", id).step()).isEqualTo(Step.FILL);
        assertThat(history.of(id)).anyMatch(e -> e.getAction() == HistoryAction.SCORING_RETURNED
                && e.getComment().contains("工作计划完成率") && e.getComment().contains("申报单位满意度"));
        List<Map<String, Object>> rows = indicatorRows(id);
        assertThat((String) rows.get(0).get("problems")).contains("得分超出允许范围");
        assertThat((String) rows.get(4).get("problems")).contains("偏差原因");
        assertThat(rows.get(1).get("problems")).isNull();

        // Second attempt: the unit's own scores within range, a reason where below full weight.
        fill(evaluation, new String[]{"20", "15", "15", "30", "3.5", "3", "3"});
        ((ObjectNode) evaluation.get("indicators").get(4)).put("deviation_reason", "满意度调查样本偏少，下年扩大调查");
        String etag = mvc.perform(get("/api/projects/" + id + "/self-evaluation").with(httpBasic("unit", "demo")))
                .andReturn().getResponse().getHeader("ETag");
        save(id, "self-evaluation", evaluation, etag).andExpect(status().isOk());
        submit(world, id).andExpect(status().isNoContent());
        world.runScoringJob(id);

        assertThat(jdbc.queryForObject("select scoring_problems from self_evaluation where project_id = ?",
                String.class, id)).isNull();
        assertThat(world.task("dept", id).step()).isEqualTo(Step.DEPT_REVIEW);
        // The reviewer sees suggested next to given scores.
        mvc.perform(get("/tasks/" + world.task("dept", id).taskId()).with(user(world.user("dept"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("建议得分")))
                .andExpect(content().string(containsString("3.20–4.00")))
                .andExpect(content().string(containsString("第 2 版（调整）")));
        Map<String, Object> form = jdbc.queryForMap("select * from self_evaluation where project_id = ?", id);
        assertThat((BigDecimal) form.get("initial_budget")).isEqualByComparingTo("23780000");
        assertThat((BigDecimal) form.get("full_year_budget")).isEqualByComparingTo("20000000");
        assertThat((BigDecimal) form.get("executed")).isEqualByComparingTo("19000000");
        assertThat((BigDecimal) form.get("execution_rate_pct")).isEqualByComparingTo("95.00");
        assertThat((BigDecimal) form.get("budget_score")).isEqualByComparingTo("9.50");
        // 9.50 + 20 + 15 + 15 + 30 + 3.5 + 3 + 3
        assertThat((BigDecimal) form.get("total_score")).isEqualByComparingTo("99.00");
        assertThat(form.get("grade")).isEqualTo("优");
        rows = indicatorRows(id);
        assertThat(rows.get(0).get("target_comparator")).isEqualTo("GE");
        assertThat(rows.get(0).get("target_value")).isEqualTo("95");
        assertThat(rows.get(0).get("met")).isEqualTo(true);
        assertThat((BigDecimal) rows.get(0).get("suggested_score")).isEqualByComparingTo("20");
        assertThat((BigDecimal) rows.get(0).get("max_score")).isEqualByComparingTo("20");
        assertThat((BigDecimal) rows.get(4).get("score")).isEqualByComparingTo("3.5");
        assertThat((BigDecimal) rows.get(4).get("min_score")).isEqualByComparingTo("3.2");
        assertThat(rows).allMatch(r -> r.get("problems") == null);
    }

    @Test
    void declarationStartsFromLastYearsApprovedTargets() throws Exception {
        TestWorld world = TestWorld.of(context);
        int lastYear = TestWorld.freshYear();
        int year = TestWorld.freshYear();
        assertThat(year).isEqualTo(lastYear + 1);
        Project previous = world.project(lastYear, "科普工作沿用测试", DemoData.SCIENCE_COMMITTEE_OWN);
        approvedDeclaration(world, previous.getId());
        Project current = world.project(year, "科普工作沿用测试", DemoData.SCIENCE_COMMITTEE_OWN);
        Project other = world.project(year, "没有上年的项目", DemoData.SCIENCE_COMMITTEE_OWN);

        mvc.perform(post("/api/projects/" + current.getId() + "/declaration/copy-previous-year")
                        .with(httpBasic("unit", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
        JsonNode copied = read(current.getId(), "declaration");
        JsonNode fixture = FormFixtures.read("001-04.json");
        assertThat(copied.get("year").asInt()).isEqualTo(year);
        assertThat(copied.get("project_name").asText()).isEqualTo("科普工作沿用测试");
        assertThat(FormFixtures.sameValues(copied.get("indicators"), fixture.get("indicators"))).isTrue();
        assertThat(FormFixtures.sameValues(copied.get("funds"), fixture.get("funds"))).isTrue();

        ((ObjectNode) copied.get("indicators").get(0)).put("target_annual", "≥98%");
        save(current.getId(), "declaration", copied, "\"0\"").andExpect(status().isOk());
        assertThat(read(current.getId(), "declaration").at("/indicators/0/target_annual").asText()).isEqualTo("≥98%");
        assertThat(read(previous.getId(), "declaration").at("/indicators/0/target_annual").asText()).isEqualTo("=100%");

        mvc.perform(post("/api/projects/" + other.getId() + "/declaration/copy-previous-year")
                        .with(httpBasic("unit", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/projects/" + current.getId() + "/declaration/copy-previous-year")
                        .with(httpBasic("unit2", "demo")))
                .andExpect(status().isNotFound());
    }

    private void approvedDeclaration(TestWorld world, Long id) throws Exception {
        save(id, "declaration", FormFixtures.read("001-04.json"), null).andExpect(status().isOk());
        submit(world, id).andExpect(status().isNoContent());
        world.act("dept", id, Decision.APPROVE, "同意");
        world.act("finance", id, Decision.APPROVE, "同意");
    }

    /** Weights of the 001-04 indicators: 产出 20/15/15, 效益 30, 满意度 4/3/3 (with budget 10: 100). */
    private static void fill(ObjectNode evaluation, String[] scores) {
        int[] weights = {20, 15, 15, 30, 4, 3, 3};
        String[] actuals = {"=100%", "=100%", "=100%", "公开", "=90%", "=80%", "=100"};
        ArrayNode indicators = (ArrayNode) evaluation.get("indicators");
        for (int i = 0; i < indicators.size(); i++) {
            ((ObjectNode) indicators.get(i)).put("weight", weights[i]).put("score", new BigDecimal(scores[i]))
                    .put("actual", actuals[i]);
        }
        ObjectNode funds = (ObjectNode) evaluation.get("funds");
        funds.putObject("total").put("initial", 23780000).put("adjusted", 20000000).put("executed", 19000000);
        funds.putObject("appropriation").put("initial", 23780000).put("adjusted", 20000000).put("executed", 19000000);
        funds.putObject("carryover").put("initial", 0).put("adjusted", 0).put("executed", 0);
        funds.putObject("other").put("initial", 0).put("adjusted", 0).put("executed", 0);
        evaluation.put("goal_actual", "平台建设按调整后的计划完成。");
    }

    private List<Map<String, Object>> indicatorRows(Long projectId) {
        return jdbc.queryForList("""
                select i.* from self_evaluation_indicator i join self_evaluation s on s.id = i.self_evaluation_id
                where s.project_id = ? order by i.position""", projectId);
    }

    private JsonNode read(Long id, String form) throws Exception {
        MvcResult result = mvc.perform(get("/api/projects/" + id + "/" + form).with(httpBasic("unit", "demo")))
                .andExpect(status().isOk()).andReturn();
        return FormFixtures.MAPPER.readTree(result.getResponse().getContentAsString());
    }

    private org.springframework.test.web.servlet.ResultActions save(Long id, String form, JsonNode body, String etag)
            throws Exception {
        var request = put("/api/projects/" + id + "/" + form).with(httpBasic("unit", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body.toString());
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return mvc.perform(request);
    }

    private org.springframework.test.web.servlet.ResultActions submit(TestWorld world, Long id) throws Exception {
        return mvc.perform(post("/api/tasks/" + world.task("unit", id).taskId() + "/complete")
                .with(httpBasic("unit", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"SUBMIT\"}"));
    }
}
