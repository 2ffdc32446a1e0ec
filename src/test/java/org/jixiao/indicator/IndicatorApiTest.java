package org.jixiao.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.demo.DemoData;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /api/indicators and the 指标库 page: seeded content, search, finance-only maintenance, department scope. */
@IntegrationTest
class IndicatorApiTest {

    /** Names of this class's indicators, distinct within the shared application context. */
    private static final java.util.concurrent.atomic.AtomicInteger UNIQUE = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void seededLibraryIsSearchableByNameAndCategory() throws Exception {
        mvc.perform(get("/api/indicators").param("q", "满意度").param("category", "服务对象满意度指标")
                        .param("limit", "500").with(httpBasic("unit", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("公众满意度")))
                .andExpect(jsonPath("$[*].level2", everyItem(is("服务对象满意度指标"))))
                .andExpect(jsonPath("$[?(@.name == '公众满意度')].direction").value("EXACT"))
                .andExpect(jsonPath("$[?(@.name == '公众满意度')].unit").value("%"))
                .andExpect(jsonPath("$[?(@.name == '公众满意度')].typical_target").value("=90%"))
                .andExpect(jsonPath("$[?(@.name == '公众满意度')].level1").value("满意度指标"))
                .andExpect(jsonPath("$[?(@.name == '公众满意度')].department_id").value(org.hamcrest.Matchers.contains((Object) null)));
        mvc.perform(get("/api/indicators").param("q", "及时性").param("limit", "1").with(httpBasic("unit", "demo")))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void onlyFinanceAdminsMaintainTheLibrary() throws Exception {
        String body = "{\"level2\":\"数量指标\",\"name\":\"培训人次" + UNIQUE.incrementAndGet() + "\",\"typical_target\":\"≥200人次\"}";
        send(post("/api/indicators"), "unit", body).andExpect(status().isForbidden());
        send(post("/api/indicators"), "dept", body).andExpect(status().isForbidden());
        JsonNode created = json.readTree(send(post("/api/indicators"), "finance", body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.direction").value("POSITIVE"))
                .andExpect(jsonPath("$.unit").doesNotExist())
                .andReturn().getResponse().getContentAsString());
        long id = created.get("id").asLong();
        send(post("/api/indicators"), "finance", body).andExpect(status().isConflict());

        String changed = "{\"level2\":\"质量指标\",\"name\":\"" + created.get("name").asText()
                + "\",\"unit\":\"人次\",\"direction\":\"POSITIVE\",\"typical_target\":\"≥300人次\",\"description\":\"全年\"}";
        send(put("/api/indicators/" + id), "unit", changed).andExpect(status().isForbidden());
        send(put("/api/indicators/" + id), "finance", changed).andExpect(status().isOk())
                .andExpect(jsonPath("$.level2").value("质量指标"))
                .andExpect(jsonPath("$.level1").value("产出指标"))
                .andExpect(jsonPath("$.unit").value("人次"))
                .andExpect(jsonPath("$.typical_target").value("≥300人次"));

        mvc.perform(delete("/api/indicators/" + id).with(httpBasic("unit", "demo"))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/indicators/" + id).with(httpBasic("finance", "demo"))).andExpect(status().isNoContent());
        mvc.perform(get("/api/indicators/" + id).with(httpBasic("finance", "demo"))).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsRefusedWithFieldPaths() throws Exception {
        send(post("/api/indicators"), "finance", "{\"level2\":\"数量\",\"name\":\" \",\"unit\":\"" + "个".repeat(21) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("level2")))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("unit")))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("direction")));
        send(post("/api/indicators"), "finance", "{\"level2\":\"数量指标\",\"name\":\"x\",\"direction\":\"UP\"}")
                .andExpect(status().isBadRequest());
        Long unitId = organisations.findByName(DemoData.SCIENCE_COMMITTEE_OWN).orElseThrow().getId();
        send(post("/api/indicators"), "finance", "{\"level2\":\"数量指标\",\"name\":\"x\",\"direction\":\"EXACT\",\"department_id\":" + unitId + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("department_id"));
    }

    @Test
    void departmentIndicatorsAreSeenOnlyByThatDepartmentAndFinance() throws Exception {
        Long science = organisations.findByName(DemoData.SCIENCE_COMMITTEE).orElseThrow().getId();
        Long city = organisations.findByName(DemoData.CITY_OPERATIONS).orElseThrow().getId();
        String tag = "专属" + UNIQUE.incrementAndGet();
        long own = create("{\"level2\":\"数量指标\",\"name\":\"" + tag + "科委\",\"direction\":\"POSITIVE\",\"department_id\":" + science + "}");
        long other = create("{\"level2\":\"数量指标\",\"name\":\"" + tag + "城运\",\"direction\":\"POSITIVE\",\"department_id\":" + city + "}");

        for (String person : new String[]{"unit", "dept"}) {
            mvc.perform(get("/api/indicators").param("q", tag).with(httpBasic(person, "demo")))
                    .andExpect(jsonPath("$.length()").value(1))
                    .andExpect(jsonPath("$[0].id").value(own));
            mvc.perform(get("/api/indicators/" + other).with(httpBasic(person, "demo"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/indicators").param("q", tag).with(httpBasic("finance", "demo")))
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void libraryPageListsAndFinanceAddsOnThePage() throws Exception {
        String name = "页面新增指标" + UNIQUE.incrementAndGet();
        mvc.perform(post("/indicators").with(csrf()).with(user(world().user("finance")))
                        .param("level2", "时效指标").param("name", name).param("direction", "")
                        .param("typicalTarget", "2025年6月底前"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/indicators").param("q", name).with(user(world().user("unit"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(name)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("反向")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("indicator-editor"))));
        mvc.perform(post("/indicators").with(csrf()).with(user(world().user("unit")))
                        .param("level2", "时效指标").param("name", name + "x").param("direction", "EXACT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/indicators").param("q", name + "x").with(httpBasic("finance", "demo")))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void declarationPageSuggestsTheLibrarysIndicatorsToTheFillingUnit() throws Exception {
        Long science = organisations.findByName(DemoData.SCIENCE_COMMITTEE).orElseThrow().getId();
        Long city = organisations.findByName(DemoData.CITY_OPERATIONS).orElseThrow().getId();
        String tag = "建议" + UNIQUE.incrementAndGet();
        create("{\"level2\":\"质量指标\",\"name\":\"" + tag + "科委\",\"typical_target\":\"≥98%\",\"department_id\":" + science + "}");
        create("{\"level2\":\"质量指标\",\"name\":\"" + tag + "城运\",\"typical_target\":\"≥98%\",\"department_id\":" + city + "}");
        org.jixiao.project.Project project = world().project(TestWorld.freshYear(), "科普工作", DemoData.SCIENCE_COMMITTEE_OWN);
        String task = world().task("unit", project.getId()).taskId();
        mvc.perform(get("/tasks/" + task).with(user(world().user("unit"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<datalist id=\"indicator-suggestions\">")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*value=\"公众满意度\"\\s+data-level2=\"服务对象满意度指标\" data-target=\"=90%\".*")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(tag + "科委")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(tag + "城运"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("list=\"indicator-suggestions\"")));
    }

    private TestWorld world() {
        return TestWorld.of(context);
    }

    private long create(String body) throws Exception {
        String answer = send(post("/api/indicators"), "finance", body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(answer).get("id").asLong();
        assertThat(id).isPositive();
        return id;
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               String username, String body) throws Exception {
        return mvc.perform(request.with(httpBasic(username, "demo")).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
