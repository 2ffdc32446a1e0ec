package org.jixiao.cockpit;

import org.jixiao.demo.DemoData;
import org.jixiao.notification.NotificationKind;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectHistory;
import org.jixiao.support.Inbox;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.jixiao.workflow.Decision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 催办 of single projects and of a whole stage; a department only for its own units; nothing half-written. */
@IntegrationTest
class UrgeApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectHistory history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    private TestWorld world;
    private Inbox inbox;
    private int year;
    private Project own;
    private Project innovation;
    private Project city;

    @BeforeEach
    void setUp() {
        world = TestWorld.of(context);
        inbox = Inbox.of(context);
        year = TestWorld.freshYear();
        own = world.project(year, "催办项目甲", DemoData.SCIENCE_COMMITTEE_OWN);
        innovation = world.project(year, "催办项目乙", DemoData.INNOVATION_CENTRE);
        city = world.project(year, "催办项目丙", DemoData.CITY_OPERATIONS + "（本部）");
    }

    @Test
    void aDepartmentUrgesItsOwnUnitsProject() throws Exception {
        urge("dept", "{\"projectIds\":[" + own.getId() + "]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.urgedProjects").value(1))
                .andExpect(jsonPath("$.notifiedPeople").value(unitPeople(own)));
        assertThat(urgedEntries(own)).isEqualTo(1);
        assertThat(inbox.of("unit", own.getId(), NotificationKind.URGED)).hasSize(1)
                .first().satisfies(n -> assertThat(n.getMessage()).contains("催办项目甲").contains("区科委 李审核"));
    }

    @Test
    void anotherDepartmentsUnitIsNotFoundAndNothingIsWritten() throws Exception {
        long notificationsBefore = notificationRows();
        urge("dept", "{\"projectIds\":[" + city.getId() + "]}").andExpect(status().isNotFound());
        urge("dept", "{\"projectIds\":[" + own.getId() + "," + city.getId() + "]}").andExpect(status().isNotFound());
        assertThat(urgedEntries(own)).isZero();
        assertThat(urgedEntries(city)).isZero();
        assertThat(notificationRows()).isEqualTo(notificationsBefore);
    }

    @Test
    void unitsCannotUrge() throws Exception {
        urge("unit", "{\"projectIds\":[" + own.getId() + "]}").andExpect(status().isForbidden());
        assertThat(urgedEntries(own)).isZero();
    }

    @Test
    void aProjectNoLongerBeingFilledIsNotUrged() throws Exception {
        world.act("unit", own.getId(), Decision.SUBMIT, null);
        urge("finance", "{\"projectIds\":[" + own.getId() + "," + innovation.getId() + "]}")
                .andExpect(status().isConflict());
        assertThat(urgedEntries(innovation)).isZero();
    }

    @Test
    void financeUrgesTheLateUnitsOfAStageInOneAction() throws Exception {
        transaction.executeWithoutResult(s -> jdbc.update("update project set overdue = true where id in (?, ?)",
                innovation.getId(), city.getId()));
        urge("finance", "{\"year\":" + year + ",\"stage\":\"DECLARATION\",\"overdueOnly\":true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.urgedProjects").value(2));
        assertThat(urgedEntries(own)).isZero();
        assertThat(urgedEntries(innovation)).isEqualTo(1);
        assertThat(urgedEntries(city)).isEqualTo(1);
        assertThat(inbox.of("unit2", innovation.getId(), NotificationKind.URGED)).hasSize(1);
    }

    @Test
    void aDepartmentUrgingAWholeStageReachesOnlyItsUnits() throws Exception {
        urge("dept", "{\"year\":" + year + ",\"stage\":\"DECLARATION\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.urgedProjects").value(2));
        assertThat(urgedEntries(city)).isZero();
    }

    @Test
    void theCockpitPageUrgesAStageForADepartmentAndRefusesAUnit() throws Exception {
        mvc.perform(post("/cockpit/urge").with(user(world.user("unit"))).with(csrf())
                        .param("year", String.valueOf(year)).param("stage", "DECLARATION").param("overdueOnly", "false"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("error"));
        assertThat(urgedEntries(own)).isZero();
        mvc.perform(post("/cockpit/urge").with(user(world.user("dept"))).with(csrf())
                        .param("year", String.valueOf(year)).param("stage", "DECLARATION").param("overdueOnly", "false"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("message"));
        assertThat(urgedEntries(own)).isEqualTo(1);
        assertThat(urgedEntries(innovation)).isEqualTo(1);
        assertThat(urgedEntries(city)).isZero();
    }

    @Test
    void badRequestsNameTheField() throws Exception {
        urge("finance", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("year"));
        urge("finance", "{\"year\":" + year + ",\"stage\":\"PUBLISHED\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("stage"));
        urge("finance", "{\"projectIds\":[]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("projectIds"));
    }

    private ResultActions urge(String username, String body) throws Exception {
        return mvc.perform(post("/api/urge").with(httpBasic(username, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long urgedEntries(Project project) {
        return history.of(project.getId()).stream().filter(h -> h.getAction() == HistoryAction.URGED).count();
    }

    /** Fillers and leaders of the project's unit (other tests of the shared context may add colleagues). */
    private int unitPeople(Project project) {
        return jdbc.queryForObject("""
                select count(distinct u.id) from app_user u join app_user_role r on r.user_id = u.id
                join project p on p.unit_id = u.organisation_id
                where p.id = ? and u.enabled = true and r.role in ('UNIT_FILLER', 'UNIT_LEADER')
                """, Integer.class, project.getId());
    }

    private long notificationRows() {
        return jdbc.queryForObject("select count(*) from notification", Long.class);
    }
}
