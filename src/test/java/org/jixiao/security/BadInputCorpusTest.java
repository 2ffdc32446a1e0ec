package org.jixiao.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jixiao.demo.DemoData;
import org.jixiao.demo.DemoForms;
import org.jixiao.exchange.ExchangeForm;
import org.jixiao.project.Stage;
import org.jixiao.support.DatabaseState;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.ProjectWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * A corpus of bad input for every form save, the historical import and every API body: each must get a 4xx with
 * a clear message (JSON with the field's path on the API, Chinese on pages), and nothing may be written.
 * HTML typed into any text is shown as text on the pages that show it.
 */
@IntegrationTest
class BadInputCorpusTest {

    private static final String MILLION = "长".repeat(1_000_000);
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    ProjectWorkflow workflow;

    private TestWorld world;
    private int year;

    /** One bad request: what it is, the status it must get, and the field path the answer must name (or null). */
    record Bad(String name, MockHttpServletRequestBuilder request, int status, String field) {
    }

    /** A form in its filling step with a saved draft, and how to reach it. */
    record FormCase(String path, String table, Long projectId, ObjectNode valid, String money, String text,
                    String date) {
    }

    @BeforeEach
    void world() {
        world = TestWorld.of(context);
        year = TestWorld.freshYear();
    }

    @Test
    void everyBadBodyIsRefusedWithItsFieldAndWritesNothing() throws Exception {
        List<Bad> corpus = new ArrayList<>();
        for (FormCase form : formsInFilling()) {
            corpus.addAll(formCorpus(form));
        }
        corpus.addAll(apiCorpus());
        corpus.addAll(importCorpus());

        List<String> failures = new ArrayList<>();
        for (Bad bad : corpus) {
            Map<String, Long> before = DatabaseState.of(jdbc);
            MvcResult result = mvc.perform(bad.request()).andReturn();
            String problem = check(bad, result);
            String changed = DatabaseState.difference(before, DatabaseState.of(jdbc));
            if (!changed.isEmpty()) {
                problem = (problem == null ? "" : problem + "; ") + "wrote: " + changed;
            }
            if (problem != null) {
                failures.add(bad.name() + ": " + problem);
            }
        }
        System.out.printf("Bad input corpus: %d cases%n", corpus.size());
        assertThat(failures).as("bad input answered otherwise than with a clear 4xx, or written").isEmpty();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(90);
    }

    @Test
    void pageFormsRefuseBadInputInChineseAndWriteNothing() throws Exception {
        Long projectId = world.project(year, "语料页面", DemoData.SCIENCE_COMMITTEE_OWN).getId();
        world.fillForm(projectId, Stage.DECLARATION, world.user("unit"));
        String taskId = world.task("unit", projectId).taskId();
        long version = version("target_declaration", projectId);
        Map<String, String> bad = Map.of(
                "funds.annual_request", "一百万", "funds.fiscal", "-5", "funds.appropriation", "1" + "0".repeat(20),
                "goal_annual", MILLION, "goal_total", "控制\u0000字符", "planned_start", "2021-02-30",
                "planned_end", "明年");
        int refused = 0;
        for (Map.Entry<String, String> field : bad.entrySet()) {
            Map<String, Long> before = DatabaseState.of(jdbc);
            MvcResult result = mvc.perform(post("/tasks/" + taskId + "/form").with(asUser("unit")).with(csrf())
                    .param("version", String.valueOf(version)).param(field.getKey(), field.getValue())).andReturn();
            String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(result.getResponse().getStatus()).as(field.getKey()).isEqualTo(400);
            assertThat(page).as(field.getKey()).contains("表单有误");
            assertThat(DatabaseState.difference(before, DatabaseState.of(jdbc))).as(field.getKey()).isEmpty();
            refused++;
        }
        assertThat(refused).isEqualTo(bad.size());
    }

    @Test
    void incompleteFormsAndWeightsThatDoNotAddUpCannotBeSubmitted() throws Exception {
        FormCase selfEvaluation = formsInFilling().get(2);
        ObjectNode weights = selfEvaluation.valid().deepCopy();
        ((ObjectNode) weights.withArray("indicators").get(0)).put("weight", 1);
        mvc.perform(put("/api/projects/" + selfEvaluation.projectId() + "/self-evaluation?version="
                        + version(selfEvaluation.table(), selfEvaluation.projectId())).with(asUser("unit"))
                        .contentType(JSON).content(weights.toString()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        Long declaration = world.project(year, "语料不完整", DemoData.SCIENCE_COMMITTEE_OWN).getId();
        mvc.perform(put("/api/projects/" + declaration + "/declaration").with(asUser("unit")).contentType(JSON)
                        .content("{\"goal_annual\":\"只填了一项\"}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());

        for (Long projectId : List.of(selfEvaluation.projectId(), declaration)) {
            String taskId = world.task("unit", projectId).taskId();
            Map<String, Long> before = DatabaseState.of(jdbc);
            String answer = mvc.perform(post("/api/tasks/" + taskId + "/complete").with(asUser("unit"))
                            .contentType(JSON).content("{\"decision\":\"SUBMIT\"}"))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            JsonNode error = mapper.readTree(answer);
            assertThat(error.get("fieldErrors")).isNotEmpty();
            if (projectId.equals(selfEvaluation.projectId())) {
                assertThat(answer).contains("100");
            } else {
                assertThat(answer).contains("indicators", "funds");
            }
            assertThat(DatabaseState.difference(before, DatabaseState.of(jdbc))).isEmpty();
            assertThat(world.task("unit", projectId).step().name()).isEqualTo("FILL");
        }
    }

    @Test
    void htmlTypedIntoTextIsShownAsTextOnEveryPageThatShowsIt() throws Exception {
        String name = "语料" + SCRIPT;
        String created = mvc.perform(post("/api/projects").with(asUser("finance")).contentType(JSON)
                        .content("{\"year\":" + year + ",\"name\":\"" + name.replace("'", "\\u0027")
                                + "\",\"category\":\"RECURRING\",\"unitId\":" + unitId() + "}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Long projectId = mapper.readTree(created).get("id").asLong();
        ObjectNode form = (ObjectNode) mapper.valueToTree(DemoForms.declaration(year));
        form.put("goal_annual", SCRIPT);
        form.put("goal_total", "<img src=x onerror=alert(1)>");
        mvc.perform(put("/api/projects/" + projectId + "/declaration").with(asUser("unit")).contentType(JSON)
                        .content(form.toString()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        world.act("unit", projectId, Decision.SUBMIT, null);
        world.act("dept", projectId, Decision.RETURN, "<b onmouseover=alert(2)>退回</b>");
        String taskId = world.task("unit", projectId).taskId();

        List<String> pages = List.of("/tasks", "/tasks/" + taskId, "/projects?year=" + year, "/projects/" + projectId,
                "/projects/" + projectId + "/target-versions", "/cockpit?year=" + year, "/notifications");
        for (String page : pages) {
            String html = mvc.perform(get(page).with(asUser("unit"))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(page).doesNotContain(SCRIPT, "<img src=x", "<b onmouseover");
        }
        String taskPage = mvc.perform(get("/tasks/" + taskId).with(asUser("unit"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(taskPage).contains("&lt;script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
                "&lt;b onmouseover=alert(2)&gt;");
    }

    // ---- the corpus

    private List<Bad> formCorpus(FormCase f) throws Exception {
        String url = "/api/projects/" + f.projectId() + "/" + f.path() + "?version=" + version(f.table(), f.projectId());
        List<Bad> bad = new ArrayList<>();
        String other = f.path().equals("declaration") ? "monitoring" : "target_declaration";
        bad.add(raw(f.path() + ": malformed JSON", put(url), JSON, "{\"form\":", 400, null));
        bad.add(raw(f.path() + ": array instead of object", put(url), JSON, "[1,2]", 400, "form"));
        bad.add(raw(f.path() + ": empty body", put(url), JSON, "", 400, null));
        bad.add(raw(f.path() + ": text/plain", put(url), MediaType.TEXT_PLAIN_VALUE, f.valid().toString(), 415, null));
        bad.add(raw(f.path() + ": XML", put(url), MediaType.APPLICATION_XML_VALUE, "<form/>", 415, null));
        bad.add(form(f, url, "another form's kind", n -> n.put("form", other), "form"));
        bad.add(form(f, url, "text for money", n -> set(n, f.money(), "一百万"), f.money()));
        bad.add(form(f, url, "object for money", n -> setNode(n, f.money(), mapper.createObjectNode()), f.money()));
        bad.add(form(f, url, "negative money", n -> set(n, f.money(), -1), f.money()));
        bad.add(form(f, url, "huge money", n -> set(n, f.money(), new BigInteger("1" + "0".repeat(20))), f.money()));
        bad.add(form(f, url, "money with five decimals", n -> set(n, f.money(), new java.math.BigDecimal("1.23456")),
                f.money()));
        bad.add(form(f, url, "10^6-character text", n -> set(n, f.text(), MILLION), f.text()));
        bad.add(form(f, url, "control characters", n -> set(n, f.text(), "正常\u0000\u0007\u001b"), f.text()));
        bad.add(form(f, url, "list for text", n -> setNode(n, f.text(), mapper.createArrayNode().add(1)), f.text()));
        bad.add(form(f, url, "object for the indicator list", n -> n.putObject("indicators").put("a", 1), "indicators"));
        bad.add(form(f, url, "text for the year", n -> n.put("year", "二〇二一"), "year"));
        bad.add(form(f, url, "long indicator name", n -> ((ObjectNode) n.withArray("indicators").get(0))
                .put("name", "名".repeat(5000)), "indicators[0].name"));
        if (f.date() != null) {
            bad.add(form(f, url, "30 February", n -> n.put(f.date(), year + "-02-30"), f.date()));
            bad.add(form(f, url, "text for a date", n -> n.put(f.date(), "明年"), f.date()));
        }
        if (f.path().equals("self-evaluation")) {
            bad.add(form(f, url, "weight above 100", n -> ((ObjectNode) n.withArray("indicators").get(0))
                    .put("weight", 150), "indicators[0].weight"));
            bad.add(form(f, url, "negative weight", n -> ((ObjectNode) n.withArray("indicators").get(0))
                    .put("weight", -3), "indicators[0].weight"));
        }
        bad.add(new Bad(f.path() + ": If-Match not a number",
                put("/api/projects/" + f.projectId() + "/" + f.path()).header("If-Match", "\"abc\"")
                        .with(asUser("unit")).contentType(JSON).content(f.valid().toString()), 400, "If-Match"));
        return bad;
    }

    private List<Bad> apiCorpus() throws Exception {
        Long projectId = world.project(year, "语料接口", DemoData.SCIENCE_COMMITTEE_OWN).getId();
        String task = "/api/tasks/" + world.task("unit", projectId).taskId();
        List<Bad> bad = new ArrayList<>();
        bad.add(api("complete: unknown decision", post(task + "/complete"), "unit", "{\"decision\":\"MAYBE\"}", 400, "decision"));
        bad.add(api("complete: no decision", post(task + "/complete"), "unit", "{}", 400, "decision"));
        bad.add(api("complete: 10^6-character comment", post(task + "/complete"), "unit",
                "{\"decision\":\"SUBMIT\",\"comment\":\"" + MILLION + "\"}", 400, "comment"));
        bad.add(api("complete: control characters", post(task + "/complete"), "unit",
                "{\"decision\":\"SUBMIT\",\"comment\":\"a\\u0000b\"}", 400, "comment"));
        bad.add(api("complete: number for decision", post(task + "/complete"), "unit", "{\"decision\":7}", 400, "decision"));
        bad.add(api("complete: malformed", post(task + "/complete"), "unit", "{\"decision\"", 400, null));
        bad.add(raw("complete: form-encoded", post(task + "/complete").with(asUser("unit")),
                MediaType.APPLICATION_FORM_URLENCODED_VALUE, "decision=SUBMIT", 415, null));
        bad.add(api("transfer: nobody", post(task + "/transfer"), "unit", "{}", 400, "toUser"));
        bad.add(api("transfer: control characters", post(task + "/transfer"), "unit", "{\"toUser\":\"u\\u0001\"}", 400, "toUser"));
        bad.add(api("delegate: list for a name", post(task + "/delegate"), "unit", "{\"toUser\":[\"unit2\"]}", 400, "toUser"));
        String project = "{\"year\":" + year + ",\"name\":\"语料新建\",\"category\":\"RECURRING\",\"unitId\":" + unitId();
        bad.add(api("create project: nothing", post("/api/projects"), "finance", "{}", 400, "name"));
        bad.add(api("create project: text for the year", post("/api/projects"), "finance",
                project.replace("\"year\":" + year, "\"year\":\"明年\"") + "}", 400, "year"));
        bad.add(api("create project: year 1999", post("/api/projects"), "finance",
                project.replace("\"year\":" + year, "\"year\":1999") + "}", 400, "year"));
        bad.add(api("create project: 10^6-character name", post("/api/projects"), "finance",
                project.replace("语料新建", MILLION) + "}", 400, "name"));
        bad.add(api("create project: unknown category", post("/api/projects"), "finance",
                project.replace("RECURRING", "FOREVER") + "}", 400, "category"));
        bad.add(api("create project: text for the unit", post("/api/projects"), "finance",
                project.replace("\"unitId\":" + unitId(), "\"unitId\":\"本部\"") + "}", 400, "unitId"));
        bad.add(api("create project: 30 February", post("/api/projects"), "finance",
                project + ",\"plannedStart\":\"" + year + "-02-30\"}", 400, "plannedStart"));
        bad.add(api("create project: unknown unit", post("/api/projects"), "finance",
                project.replace("\"unitId\":" + unitId(), "\"unitId\":999999999") + "}", 400, null));
        bad.add(api("open stage: year 1999", post("/api/stages/open"), "finance",
                "{\"year\":1999,\"stage\":\"MONITORING\"}", 400, "year"));
        bad.add(api("open stage: unknown stage", post("/api/stages/open"), "finance",
                "{\"year\":" + year + ",\"stage\":\"HARVEST\"}", 400, "stage"));
        bad.add(api("open stage: not a form stage", post("/api/stages/open"), "finance",
                "{\"year\":" + year + ",\"stage\":\"PUBLISHED\"}", 400, "stage"));
        bad.add(api("open stage: 13th month", post("/api/stages/open"), "finance",
                "{\"year\":" + year + ",\"stage\":\"MONITORING\",\"deadline\":\"" + year + "-13-01\"}", 400, "deadline"));
        bad.add(api("jump: unknown step", post("/api/projects/" + projectId + "/jump"), "finance",
                "{\"step\":\"BACK\"}", 400, "step"));
        bad.add(api("jump: scoring step", post("/api/projects/" + projectId + "/jump"), "finance",
                "{\"step\":\"SCORING\"}", 400, "step"));
        bad.add(api("publish: text for the ids", post("/api/publication/publish"), "finance",
                "{\"projectIds\":\"all\"}", 400, "projectIds"));
        bad.add(api("unpublish: text for the id", post("/api/publication/unpublish"), "finance",
                "{\"projectId\":\"x\",\"reason\":\"r\"}", 400, "projectId"));
        bad.add(api("unpublish: 10^6-character reason", post("/api/publication/unpublish"), "finance",
                "{\"projectId\":" + projectId + ",\"reason\":\"" + MILLION + "\"}", 400, "reason"));
        bad.add(api("urge: negative year", post("/api/urge"), "finance",
                "{\"year\":-5,\"stage\":\"DECLARATION\"}", 400, "year"));
        bad.add(api("urge: text in the ids", post("/api/urge"), "finance", "{\"projectIds\":[\"a\"]}", 400, "projectIds[0]"));
        bad.add(api("urge: no stage", post("/api/urge"), "finance", "{\"year\":" + year + "}", 400, "stage"));
        ObjectNode preview = (ObjectNode) mapper.valueToTree(DemoForms.selfEvaluation(year));
        ((ObjectNode) preview.withArray("indicators").get(0)).put("weight", 1);
        bad.add(api("scoring preview: weights not adding up", post("/api/scoring/preview"), "unit",
                preview.toString(), 400, null));
        bad.add(api("scoring preview: malformed", post("/api/scoring/preview"), "unit", "{\"funds\":{", 400, null));
        bad.add(api("scoring preview: 10^6-character goal", post("/api/scoring/preview"), "unit",
                preview.put("goal_actual", MILLION).toString(), 400, "goal_actual"));
        bad.add(api("admin: control character in the name", post("/api/admin/users"), "admin",
                "{\"username\":\"u\\u0000\",\"displayName\":\"x\"}", 400, "username"));
        bad.add(api("admin: unknown role", post("/api/admin/users"), "admin",
                "{\"username\":\"newone\",\"roles\":[\"GOD\"]}", 400, "roles[0]"));
        bad.add(new Bad("tasks: text for the page", get("/api/tasks?page=abc").with(asUser("unit")), 400, "page"));
        bad.add(new Bad("cockpit: text for the year", get("/api/cockpit?year=abc").with(asUser("unit")), 400, "year"));
        bad.add(new Bad("projects: id too large", get("/api/projects/99999999999999999999").with(asUser("unit")), 400, "id"));
        return bad;
    }

    private List<Bad> importCorpus() throws Exception {
        ObjectNode valid = (ObjectNode) mapper.valueToTree(DemoForms.declaration(year));
        valid.put("project_name", "语料导入");
        valid.put("implementing_unit", DemoData.SCIENCE_COMMITTEE_OWN);
        List<Bad> bad = new ArrayList<>();
        bad.add(api("import: object instead of list", post("/api/imports/forms"), "finance", valid.toString(), 400, ""));
        bad.add(api("import: empty list", post("/api/imports/forms"), "finance", "[]", 400, ""));
        bad.add(api("import: unknown form kind", post("/api/imports/forms"), "finance", "[{\"form\":\"bogus\"}]", 400, "[0].form"));
        bad.add(api("import: text for money", post("/api/imports/forms"), "finance",
                "[" + valid + "," + valid.deepCopy().put("ordinal", "二") + "]", 400, "[1].ordinal"));
        ObjectNode negative = valid.deepCopy();
        negative.with("funds").put("annual_request", -10);
        bad.add(api("import: negative money", post("/api/imports/forms"), "finance", "[" + negative + "]", 400,
                "[0].funds.annual_request"));
        bad.add(api("import: 10^6-character goal", post("/api/imports/forms"), "finance",
                "[" + valid.deepCopy().put("goal_annual", MILLION) + "]", 400, "[0].goal_annual"));
        bad.add(api("import: control characters", post("/api/imports/forms"), "finance",
                "[" + valid.deepCopy().put("project_name", "语料\u0007") + "]", 400, "[0].project_name"));
        bad.add(api("import: 30 February", post("/api/imports/forms"), "finance",
                "[" + valid.deepCopy().put("planned_end", year + "-02-30") + "]", 400, "[0].planned_end"));
        bad.add(api("import: no project name", post("/api/imports/forms"), "finance",
                "[" + valid.deepCopy().put("project_name", "") + "]", 400, "[0].project_name"));
        bad.add(api("import: malformed", post("/api/imports/forms"), "finance", "[{", 400, null));
        return bad;
    }

    // ---- helpers

    private List<FormCase> formsInFilling() throws Exception {
        Long declaration = world.project(year, "语料申报", DemoData.SCIENCE_COMMITTEE_OWN).getId();
        world.fillForm(declaration, Stage.DECLARATION, world.user("unit"));
        Long monitoring = approvedDeclaration("语料监控");
        Long selfEvaluation = approvedDeclaration("语料自评");
        workflow.openStage(year, Stage.MONITORING, null, world.user("finance"));
        world.fillForm(monitoring, Stage.MONITORING, world.user("unit"));
        world.act("unit", selfEvaluation, Decision.SUBMIT, null);
        world.act("dept", selfEvaluation, Decision.APPROVE, null);
        workflow.openStage(year, Stage.SELF_EVALUATION, null, world.user("finance"));
        world.fillForm(selfEvaluation, Stage.SELF_EVALUATION, world.user("unit"));
        return List.of(
                new FormCase("declaration", "target_declaration", declaration, tree(DemoForms.declaration(year)),
                        "funds.annual_request", "goal_annual", "planned_start"),
                new FormCase("monitoring", "monitoring_form", monitoring, tree(DemoForms.monitoring(year)),
                        "annual_budget", "goal_progress", "period_end"),
                new FormCase("self-evaluation", "self_evaluation", selfEvaluation, tree(DemoForms.selfEvaluation(year)),
                        "funds.total.executed", "goal_actual", null));
    }

    private Long approvedDeclaration(String name) {
        Long id = world.project(year, name, DemoData.SCIENCE_COMMITTEE_OWN).getId();
        world.act("unit", id, Decision.SUBMIT, null);
        world.act("dept", id, Decision.APPROVE, null);
        world.act("finance", id, Decision.APPROVE, null);
        return id;
    }

    private ObjectNode tree(ExchangeForm form) {
        return mapper.valueToTree(form);
    }

    private Bad form(FormCase f, String url, String name, Consumer<ObjectNode> change, String field) {
        ObjectNode body = f.valid().deepCopy();
        change.accept(body);
        return new Bad(f.path() + ": " + name, put(url).with(asUser("unit")).contentType(JSON).content(body.toString()),
                400, field);
    }

    private Bad api(String name, MockHttpServletRequestBuilder request, String username, String body, int status,
                    String field) {
        return new Bad(name, request.with(asUser(username)).contentType(JSON).content(body), status, field);
    }

    private Bad raw(String name, MockHttpServletRequestBuilder request, String contentType, String body, int status,
                    String field) {
        return new Bad(name, request.with(asUser("unit")).contentType(contentType).content(body), status, field);
    }

    /** Sets a value at a dotted path (e.g. {@code funds.total.executed}). */
    private void set(ObjectNode root, String path, Object value) {
        setNode(root, path, mapper.valueToTree(value));
    }

    private static void setNode(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.with(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
    }

    /** @return what is wrong with the answer, or null */
    private String check(Bad bad, MvcResult result) throws Exception {
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (status != bad.status()) {
            return "status " + status + " instead of " + bad.status() + ": " + abbreviate(body);
        }
        JsonNode error;
        try {
            error = mapper.readTree(body);
        } catch (Exception e) {
            return "answer is not JSON: " + abbreviate(body);
        }
        if (error == null || error.path("message").asText().isBlank()) {
            return "no message: " + abbreviate(body);
        }
        if (bad.field() != null) {
            List<String> fields = new ArrayList<>();
            error.path("fieldErrors").forEach(p -> fields.add(p.path("field").asText()));
            if (!fields.contains(bad.field())) {
                return "field " + bad.field() + " not named (named " + fields + "): " + abbreviate(body);
            }
        }
        return null;
    }

    private long version(String table, Long projectId) {
        return jdbc.queryForObject("select version from " + table + " where project_id = ?", Long.class, projectId);
    }

    private Long unitId() {
        return world.user("unit").organisationId();
    }

    private RequestPostProcessor asUser(String username) {
        return user(world.user(username));
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
