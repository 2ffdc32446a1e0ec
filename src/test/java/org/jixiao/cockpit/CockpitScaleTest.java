package org.jixiao.cockpit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.demo.DemoData;
import org.jixiao.project.ProjectCategory;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cockpit over 10,000 projects inserted straight into the table (no processes: the figures come from the
 * project table alone). Expected figures are counted from the generator; the durations are logged, not asserted.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CockpitScaleTest {

    private static final Logger log = LoggerFactory.getLogger(CockpitScaleTest.class);
    private static final int PROJECTS = 10_000;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ApplicationContext context;

    private int year;
    private List<Generated> generated;
    private Map<String, Org> units;

    @BeforeAll
    void generate() {
        year = TestWorld.freshYear();
        // the demo units only: other tests' imports add organisations to the shared database
        List<Org> unitList = jdbc.query("""
                select u.id, u.name, d.id as department_id, d.name as department
                from organisation u join organisation d on d.id = u.parent_id
                where u.type = 'UNIT' and d.name in (?, ?, ?) order by u.id
                """, (rs, i) -> new Org(rs.getLong("id"), rs.getString("name"), rs.getLong("department_id"),
                rs.getString("department")), DemoData.SCIENCE_COMMITTEE, DemoData.CITY_OPERATIONS,
                DemoData.ADMIN_SERVICE_CENTRE);
        units = new HashMap<>();
        unitList.forEach(u -> units.put(u.name(), u));
        Stage[] stages = Stage.values();
        generated = IntStream.range(0, PROJECTS).mapToObj(i -> {
            Stage stage = stages[(i / 5) % stages.length];
            boolean form = stage.isFormStage();
            return new Generated("规模项目" + i, unitList.get(i % unitList.size()), stage, form ? Step.FILL : null,
                    form && i % 7 == 0, form && i % 11 == 3);
        }).toList();
        long start = System.nanoTime();
        Timestamp now = Timestamp.from(Instant.now());
        context.getBean(TransactionTemplate.class).executeWithoutResult(transaction -> jdbc.batchUpdate("""
                insert into project (fiscal_year, name, category, department_id, unit_id, classified, stage, step,
                                     returned, overdue, created_at, version)
                values (?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, 0)
                """, generated, 1000, (ps, g) -> {
            ps.setInt(1, year);
            ps.setString(2, g.name());
            ps.setString(3, ProjectCategory.RECURRING.name());
            ps.setLong(4, g.unit().departmentId());
            ps.setLong(5, g.unit().id());
            ps.setString(6, g.stage().name());
            ps.setString(7, g.step() == null ? null : g.step().name());
            ps.setBoolean(8, g.returned());
            ps.setBoolean(9, g.overdue());
            ps.setTimestamp(10, now);
        }));
        log.info("inserted {} projects in {} ms", PROJECTS, (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void financeSeesEveryDepartmentAndStageCountedExactly() throws Exception {
        JsonNode cockpit = timed("cockpit overview (finance)", get("/api/cockpit").param("year", String.valueOf(year)),
                "finance");
        assertThat(cockpit.get("year").asInt()).isEqualTo(year);
        assertMatrix(cockpit, g -> true);
    }

    @Test
    void aDepartmentSeesItsUnitsOnlyAndAUnitItsOwn() throws Exception {
        Org own = units.get(DemoData.SCIENCE_COMMITTEE_OWN);
        assertMatrix(timed("cockpit overview (department)", get("/api/cockpit").param("year", String.valueOf(year)),
                "dept"), g -> g.unit().departmentId() == own.departmentId());
        assertMatrix(timed("cockpit overview (unit)", get("/api/cockpit").param("year", String.valueOf(year)),
                "unit"), g -> g.unit().id() == own.id());
    }

    @Test
    void theDrillDownFiltersCountsAndPages() throws Exception {
        Org own = units.get(DemoData.SCIENCE_COMMITTEE_OWN);
        Predicate<Generated> wanted = g -> g.unit().departmentId() == own.departmentId()
                && g.stage() == Stage.DECLARATION && g.overdue();
        long expected = generated.stream().filter(wanted).count();
        assertThat(expected).as("the generator yields more than two pages").isGreaterThan(100);

        List<String> names = new ArrayList<>();
        int pages = (int) (expected + 49) / 50;
        for (int page = 0; page < pages; page++) {
            JsonNode answer = timed("drill-down page " + page + " (department, stage, overdue)", drillDown()
                    .param("department", String.valueOf(own.departmentId())).param("stage", "DECLARATION")
                    .param("overdue", "true").param("size", "50").param("page", String.valueOf(page)), "finance");
            assertThat(answer.get("total").asLong()).isEqualTo(expected);
            assertThat(answer.get("items")).hasSize((int) Math.min(50, expected - page * 50L));
            answer.get("items").forEach(item -> {
                assertThat(item.get("department").asText()).isEqualTo(own.department());
                assertThat(item.get("stage").asText()).isEqualTo("DECLARATION");
                assertThat(item.get("overdue").asBoolean()).isTrue();
                names.add(item.get("name").asText());
            });
        }
        assertThat(names).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(generated.stream().filter(wanted).map(Generated::name).toList());

        Org museum = units.get(DemoData.SCIENCE_MUSEUM);
        JsonNode byUnit = timed("drill-down by unit (department user)", drillDown()
                .param("unit", String.valueOf(museum.id())).param("size", "1"), "dept");
        assertThat(byUnit.get("total").asLong())
                .isEqualTo(generated.stream().filter(g -> g.unit().id() == museum.id()).count());
    }

    @Test
    void filtersNamingSomeoneElsesOrganisationAreNotFound() throws Exception {
        Org city = units.get(DemoData.CITY_OPERATIONS + "（本部）");
        Org innovation = units.get(DemoData.INNOVATION_CENTRE);
        mvc.perform(drillDown().param("department", String.valueOf(city.departmentId()))
                .with(httpBasic("dept", "demo"))).andExpect(status().isNotFound());
        mvc.perform(drillDown().param("unit", String.valueOf(city.id()))
                .with(httpBasic("dept", "demo"))).andExpect(status().isNotFound());
        mvc.perform(drillDown().param("unit", String.valueOf(innovation.id()))
                .with(httpBasic("unit", "demo"))).andExpect(status().isNotFound());
        mvc.perform(drillDown().param("size", "0").with(httpBasic("finance", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(drillDown().param("stage", "NOPE").with(httpBasic("finance", "demo")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void thePageShowsTheMatrixAndTheList() throws Exception {
        long start = System.nanoTime();
        mvc.perform(get("/cockpit").param("year", String.valueOf(year)).param("overdue", "true")
                        .with(user(TestWorld.of(context).user("finance"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(DemoData.CITY_OPERATIONS)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("chart.umd.js")));
        log.info("cockpit page (finance, 10,000 projects) rendered in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private MockHttpServletRequestBuilder drillDown() {
        return get("/api/cockpit/projects").param("year", String.valueOf(year));
    }

    private JsonNode timed(String what, MockHttpServletRequestBuilder request, String username) throws Exception {
        long start = System.nanoTime();
        String body = mvc.perform(request.with(httpBasic(username, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        log.info("{} over {} projects answered in {} ms", what, PROJECTS, (System.nanoTime() - start) / 1_000_000);
        return json.readTree(body);
    }

    /** Every department row and stage cell equals the count of the generated projects the caller may see. */
    private void assertMatrix(JsonNode cockpit, Predicate<Generated> visible) {
        Map<String, Map<String, long[]>> expected = new HashMap<>();
        generated.stream().filter(visible).forEach(g -> {
            long[] cell = expected.computeIfAbsent(g.unit().department(), d -> new HashMap<>())
                    .computeIfAbsent(g.stage().name(), s -> new long[3]);
            cell[0]++;
            cell[1] += g.overdue() ? 1 : 0;
            cell[2] += g.returned() ? 1 : 0;
        });
        Map<String, Map<String, long[]>> actual = new HashMap<>();
        cockpit.get("rows").forEach(row -> row.get("stages").fields().forEachRemaining(stage ->
                actual.computeIfAbsent(row.get("department").asText(), d -> new HashMap<>()).put(stage.getKey(),
                        new long[]{stage.getValue().get("count").asLong(), stage.getValue().get("overdue").asLong(),
                                stage.getValue().get("returned").asLong()})));
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((department, stages) -> {
            assertThat(actual.get(department).keySet()).as(department).containsExactlyInAnyOrderElementsOf(stages.keySet());
            stages.forEach((stage, cell) ->
                    assertThat(actual.get(department).get(stage)).as(department + " " + stage).containsExactly(cell));
        });
    }

    private record Org(long id, String name, long departmentId, String department) {
    }

    private record Generated(String name, Org unit, Stage stage, Step step, boolean overdue, boolean returned) {
    }
}
