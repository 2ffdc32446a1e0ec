package org.jixiao.publication;

import org.jixiao.support.PublishedFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jixiao.demo.DemoData;
import org.jixiao.excel.FormExcel;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.organisation.AppUser;
import org.jixiao.organisation.AppUserRepository;
import org.jixiao.project.Project;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.jixiao.workflow.Decision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public portal, anonymous: published forms as official tables, workbooks and JSON; nothing else
 * reachable by any id; no people, comments or history; historical imports published like any other.
 */
@IntegrationTest
class PublicPortalTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every URL of the public side that takes a project id. */
    private static final List<String> PUBLIC_URLS = List.of("/public/self-evaluations/%d",
            "/public/self-evaluations/%d.xlsx", "/public/api/self-evaluations/%d", "/public/targets/%d",
            "/public/targets/%d.xlsx", "/public/api/targets/%d");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AppUserRepository users;
    @Autowired
    FormExcel excel;

    TestWorld world;
    int year;

    @BeforeEach
    void setUp() {
        world = TestWorld.of(context);
        year = TestWorld.freshYear();
    }

    @Test
    void publishedSelfEvaluationIsTheOfficialTableWithItsWorkbookJsonAndTargets() throws Exception {
        Project project = world.approvedSelfEvaluation(year, "公开的科普项目", DemoData.SCIENCE_COMMITTEE_OWN);
        publish(project.getId());

        String page = html("/public/self-evaluations/" + project.getId());
        assertThat(page).contains("财政项目支出绩效自评表", "(" + year + " 年度)", "公开的科普项目",
                DemoData.SCIENCE_COMMITTEE, "项目资金（元）", "年度资金总额", "其中：当年财政拨款", "预期目标",
                "偏差原因分析及改进措施", "总分", "评分等级", "/public/self-evaluations/" + project.getId() + ".xlsx");
        // the demo form: 产出指标 over three rows, then 效益指标 one, 满意度指标 two rows of one level 2
        assertThat(page).containsPattern("<th rowspan=\"3\" class=\"level1\">产出指标</th>")
                .containsPattern("<th rowspan=\"1\" class=\"level1\">效益指标</th>")
                .containsPattern("<th rowspan=\"2\" class=\"level1\">满意度指标</th>")
                .containsPattern("<th rowspan=\"2\" class=\"level2\">服务对象满意度指标</th>")
                .containsPattern("<th rowspan=\"7\">绩效指标</th>");
        assertThat(page.split("class=\"indicator-row\"", -1)).hasSize(7);

        JsonNode form = json("/public/api/self-evaluations/" + project.getId());
        assertThat(form.get("form").asText()).isEqualTo("self_evaluation");
        assertThat(form.get("project_name").asText()).isEqualTo("公开的科普项目");
        assertThat(form.get("indicators")).hasSize(6);
        assertThat(form.get("total_score").decimalValue()).isEqualByComparingTo("100");
        assertThat(page).contains("id=\"total-score\">100</td>");

        byte[] workbook = mvc.perform(get("/public/self-evaluations/" + project.getId() + ".xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        SelfEvaluationForm read = excel.importSelfEvaluation(new ByteArrayInputStream(workbook));
        assertThat(read.projectName()).isEqualTo("公开的科普项目");
        assertThat(read.indicators()).hasSize(6);
        assertThat(read.totalScore()).isEqualByComparingTo(form.get("total_score").decimalValue());

        JsonNode list = json("/public/api/self-evaluations?year=" + year);
        assertThat(list).hasSize(1);
        JsonNode row = list.get(0);
        assertThat(row.get("projectId").asLong()).isEqualTo(project.getId());
        assertThat(row.get("projectName").asText()).isEqualTo("公开的科普项目");
        assertThat(row.get("department").asText()).isEqualTo(DemoData.SCIENCE_COMMITTEE);
        assertThat(row.get("unit").asText()).isEqualTo(DemoData.SCIENCE_COMMITTEE_OWN);
        assertThat(row.get("year").asInt()).isEqualTo(year);
        assertThat(row.get("totalScore").decimalValue()).isEqualByComparingTo("100");
        assertThat(row.get("grade").asText()).isEqualTo("优");

        String targets = html("/public/targets/" + project.getId());
        assertThat(targets).contains("财政项目支出绩效目标填报表", "公开的科普项目", "工作计划完成率", "申报单位满意度");
        assertThat(json("/public/api/targets/" + project.getId()).get("form").asText()).isEqualTo("target_declaration");
        mvc.perform(get("/public/targets/" + project.getId() + ".xlsx")).andExpect(status().isOk());
    }

    @Test
    void listSearchesByNameAndDepartmentAndPagesTwentyAtATime() throws Exception {
        // imported into the demo units (creating no organisation, which other tests count) in a year of its own
        ArrayNode forms = JSON.createArrayNode();
        for (int i = 1; i <= 21; i++) {
            forms.add(fixture("000-01.json", "低碳平台" + i + "号").put("year", year));
        }
        forms.add(fixture("000-07.json", "科普工作甲").put("year", year));
        publish(importForms(forms));
        String filter = "year=" + year + "&department=" + DemoData.SCIENCE_COMMITTEE;

        String firstPage = html("/public/self-evaluations?" + filter);
        assertThat(firstPage).contains("共 <span>22</span> 个项目", "第 1 / 2 页");
        assertThat(firstPage.split("/public/self-evaluations/\\d+\\.xlsx", -1)).hasSize(21);
        String secondPage = html("/public/self-evaluations?" + filter + "&page=1");
        assertThat(secondPage.split("/public/self-evaluations/\\d+\\.xlsx", -1)).hasSize(3);

        String found = html("/public/self-evaluations?" + filter + "&q=科普");
        assertThat(found).contains("共 <span>1</span> 个项目", "科普工作甲").doesNotContain("低碳平台");
        assertThat(json("/public/api/self-evaluations?" + filter + "&q=低碳平台1"))
                .hasSize(11); // 低碳平台1号 and 10号–19号
        assertThat(json("/public/api/self-evaluations?year=" + year + "&department=" + DemoData.CITY_OPERATIONS))
                .isEmpty();

        // 000-01 prints 96 without a grade: graded 优 by its total; 000-07 prints 80.56: 良
        String summary = html("/public/summary?" + filter);
        assertThat(summary).containsPattern("<td>" + DemoData.SCIENCE_COMMITTEE
                + "</td>\\s*<td class=\"text-end\">22</td>\\s*<td class=\"text-end\">95.30</td>"
                + "\\s*<td class=\"text-end\">21</td>\\s*<td class=\"text-end\">1</td>");
    }

    @Test
    void historicalFormImportedThroughTheApiIsPublishedWithItsValues() throws Exception {
        String name = "科普工作（历史" + UUID.randomUUID() + "）";
        ObjectNode fixture = fixture("000-07.json", name);
        Long projectId = importForms(JSON.createArrayNode().add(fixture)).get(0);
        mvc.perform(get("/public/api/self-evaluations/" + projectId)).andExpect(status().isNotFound());
        publish(List.of(projectId));

        JsonNode list = json("/public/api/self-evaluations?year=2022&q=" + name);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("projectId").asLong()).isEqualTo(projectId);
        assertThat(list.get(0).get("totalScore").decimalValue()).isEqualByComparingTo("80.56");
        assertThat(list.get(0).get("department").asText()).isEqualTo(DemoData.SCIENCE_COMMITTEE);

        JsonNode form = json("/public/api/self-evaluations/" + projectId);
        assertThat(form.get("year").asInt()).isEqualTo(2022);
        assertThat(form.get("total_score").decimalValue()).isEqualByComparingTo("80.56");
        for (int i = 0; i < fixture.get("indicators").size(); i++) {
            JsonNode expected = fixture.get("indicators").get(i);
            JsonNode actual = form.get("indicators").get(i);
            assertThat(actual.get("name").asText()).isEqualTo(expected.get("name").asText());
            assertThat(actual.get("actual").asText()).isEqualTo(expected.get("actual").asText());
            assertThat(actual.get("score").decimalValue()).isEqualByComparingTo(expected.get("score").decimalValue());
        }
        String page = html("/public/self-evaluations/" + projectId);
        assertThat(page).contains("(2022 年度)", name, "当年度项目申报数", "=28 个", "<td class=\"text-end\">5.3</td>",
                "id=\"total-score\">80.56</td>");
        String listPage = html("/public/self-evaluations?year=2022&q=" + name);
        assertThat(listPage).contains(name, "80.56", "良");
    }

    @Test
    void nothingUnpublishedIsReachableByAnyUrlOrId() throws Exception {
        Project waiting = world.approvedSelfEvaluation(year, "待公开项目", DemoData.SCIENCE_COMMITTEE_OWN);
        Project classifiedLater = world.approvedSelfEvaluation(year, "公开后定密项目", DemoData.INNOVATION_CENTRE);
        Project withdrawn = world.approvedSelfEvaluation(year, "撤销公开项目", DemoData.SCIENCE_COMMITTEE_OWN);
        Project classified = world.approvedSelfEvaluation(year, "保密的项目", DemoData.INNOVATION_CENTRE);
        world.markClassified(classified.getId());
        Project returned = world.scoredSelfEvaluation(year, "退回项目", DemoData.SCIENCE_COMMITTEE_OWN);
        world.act("dept", returned.getId(), Decision.RETURN, "请补充偏差原因");
        Project declared = world.project(year, "申报中项目", DemoData.SCIENCE_COMMITTEE_OWN);

        publish(List.of(classifiedLater.getId(), withdrawn.getId(), classified.getId()));
        world.markClassified(classifiedLater.getId());
        mvc.perform(post("/api/publication/unpublish").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectId\":" + withdrawn.getId() + ",\"reason\":\"数据待更正\"}"))
                .andExpect(status().isNoContent());

        List<Long> hidden = List.of(waiting.getId(), classifiedLater.getId(), withdrawn.getId(), classified.getId(),
                returned.getId(), declared.getId(), 987_654_321L);
        for (Long id : hidden) {
            for (String url : PUBLIC_URLS) {
                mvc.perform(get(String.format(url, id))).andExpect(status().isNotFound());
            }
        }
        mvc.perform(get("/public/self-evaluations/abc")).andExpect(status().isNotFound());
        assertThat(json("/public/api/self-evaluations?year=" + year)).isEmpty();
        assertThat(html("/public/self-evaluations?year=" + year)).contains("没有符合条件的已公开项目")
                .doesNotContain("待公开项目", "公开后定密项目", "撤销公开项目", "保密的项目", "退回项目");
        assertThat(html("/public/summary?year=" + year)).contains("没有已公开的项目");
    }

    @Test
    void noPersonalDataNorCommentsNorHistoryArePublic() throws Exception {
        Project project = world.scoredSelfEvaluation(year, "有审核意见的项目", DemoData.SCIENCE_COMMITTEE_OWN);
        Long id = project.getId();
        world.act("dept", id, Decision.RETURN, "意见甲：请补充满意度调查");
        world.act("unit", id, Decision.SUBMIT, null);
        world.runScoringJob(id);
        world.act("dept", id, Decision.APPROVE, "意见乙：部门同意");
        world.act("finance", id, Decision.APPROVE, "意见丙：财政审核同意");
        publish(List.of(id));

        List<String> everything = new ArrayList<>();
        for (String url : List.of("/public/self-evaluations/%d", "/public/api/self-evaluations/%d",
                "/public/targets/%d", "/public/api/targets/%d")) {
            everything.add(html(String.format(url, id)));
        }
        everything.add(html("/public/self-evaluations?year=" + year));
        everything.add(html("/public/api/self-evaluations?year=" + year));
        everything.add(html("/public/summary?year=" + year));
        assertThat(everything.get(0)).contains("有审核意见的项目");
        List<String> people = users.findAll().stream().map(AppUser::getDisplayName).toList();
        assertThat(people).contains("区科委 李审核", "区科委本部 张经办");
        for (String content : everything) {
            assertThat(content).doesNotContain("意见甲", "意见乙", "意见丙", "updated_by", "publishedBy");
            people.forEach(person -> assertThat(content).doesNotContain(person));
        }
    }

    /** A published form of src/test/resources/fixtures under a name of the test's own. */
    private static ObjectNode fixture(String file, String projectName) throws IOException {
        ObjectNode form = (ObjectNode) JSON.readTree(PublishedFixtures.file(file).toFile());
        return form.put("project_name", projectName);
    }

    private List<Long> importForms(ArrayNode forms) throws Exception {
        JsonNode answer = JSON.readTree(mvc.perform(post("/api/imports/forms").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(forms.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<Long> ids = new ArrayList<>();
        answer.forEach(entry -> ids.add(entry.get("projectId").asLong()));
        return ids;
    }

    private void publish(Long projectId) throws Exception {
        publish(List.of(projectId));
    }

    private void publish(List<Long> projectIds) throws Exception {
        mvc.perform(post("/api/publication/publish").with(httpBasic("finance", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(java.util.Map.of("projectIds", projectIds))))
                .andExpect(status().isOk());
    }

    private String html(String url) throws Exception {
        MvcResult result = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode json(String url) throws Exception {
        return JSON.readTree(html(url));
    }
}
