package org.jixiao.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.demo.DemoData;
import org.jixiao.organisation.AppUser;
import org.jixiao.organisation.AppUserRepository;
import org.jixiao.organisation.Organisation;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.Role;
import org.jixiao.project.Project;
import org.jixiao.support.Inbox;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.jixiao.workflow.Decision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** In-app notifications of task assignment, return and approval; each person reads and marks only their own. */
@IntegrationTest
class NotificationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ObjectMapper json;
    @Autowired
    Notifications notifications;
    @Autowired
    AppUserRepository users;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    PlatformTransactionManager transactionManager;

    private TestWorld world;
    private Inbox inbox;
    private int year;

    @BeforeEach
    void setUp() {
        world = TestWorld.of(context);
        inbox = Inbox.of(context);
        year = TestWorld.freshYear();
    }

    @Test
    void newTasksGoToThePeopleOfTheTasksOrganisationWithAMatchingRole() {
        Project project = world.project(year, "通知项目", DemoData.SCIENCE_COMMITTEE_OWN);
        assertThat(inbox.of("unit", project.getId(), NotificationKind.TASK_ASSIGNED)).hasSize(1);
        assertThat(inbox.of("unit2", project.getId(), NotificationKind.TASK_ASSIGNED)).isEmpty();
        assertThat(inbox.of("dept", project.getId(), NotificationKind.TASK_ASSIGNED)).isEmpty();

        world.act("unit", project.getId(), Decision.SUBMIT, null);
        assertThat(inbox.of("dept", project.getId(), NotificationKind.TASK_ASSIGNED)).hasSize(1);
        world.act("dept", project.getId(), Decision.APPROVE, null);
        assertThat(inbox.of("finance", project.getId(), NotificationKind.TASK_ASSIGNED)).hasSize(1);
        assertThat(inbox.of("admin", project.getId(), NotificationKind.TASK_ASSIGNED))
                .as("the system admin has no reviewer role").isEmpty();
        assertThat(inbox.of("unit", project.getId(), NotificationKind.APPROVED)).hasSize(1);
    }

    @Test
    void recipientsAreTheEnabledPeopleWithAMatchingRoleEachOnce() {
        Organisation innovation = organisations.findByName(DemoData.INNOVATION_CENTRE).orElseThrow();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        Long leaderId = tx.execute(s -> users.save(new AppUser("recipients-leader", "-", "两角色负责人", innovation,
                EnumSet.of(Role.UNIT_FILLER, Role.UNIT_LEADER))).getId());
        Long departedId = tx.execute(s -> {
            AppUser departed = new AppUser("recipients-departed", "-", "已停用经办", innovation,
                    EnumSet.of(Role.UNIT_FILLER));
            departed.setEnabled(false);
            return users.save(departed).getId();
        });
        try {
            List<Long> told = tx.execute(s -> notifications.recipients(innovation.getId(), Notifications.UNIT_ROLES))
                    .stream().map(Recipient::id).toList();
            Long unit2 = users.findByUsername("unit2").orElseThrow().getId();
            assertThat(told).containsExactlyInAnyOrder(unit2, leaderId);
            List<Recipient> leaders = tx.execute(s ->
                    notifications.recipients(innovation.getId(), EnumSet.of(Role.UNIT_LEADER)));
            assertThat(leaders).extracting(Recipient::id).containsExactly(leaderId);
        } finally {
            tx.executeWithoutResult(s -> users.deleteAllById(List.of(leaderId, departedId)));
        }
    }

    @Test
    void aReturnTellsTheUnitWithTheComment() {
        Project project = world.project(year, "退回项目", DemoData.SCIENCE_COMMITTEE_OWN);
        world.act("unit", project.getId(), Decision.SUBMIT, null);
        world.act("dept", project.getId(), Decision.RETURN, "请补充产出指标");
        List<Notification> returned = inbox.of("unit", project.getId(), NotificationKind.RETURNED);
        assertThat(returned).hasSize(1);
        assertThat(returned.get(0).getMessage()).contains("请补充产出指标").contains("退回项目");
    }

    @Test
    void eachPersonListsAndMarksOnlyTheirOwn() throws Exception {
        Project project = world.project(year, "已读项目", DemoData.SCIENCE_COMMITTEE_OWN);
        Long id = inbox.of("unit", project.getId(), NotificationKind.TASK_ASSIGNED).get(0).getId();

        JsonNode others = json.readTree(mvc.perform(get("/api/notifications").with(httpBasic("unit2", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(others.findValuesAsText("id")).doesNotContain(String.valueOf(id));
        mvc.perform(post("/api/notifications/{id}/read", id).with(httpBasic("unit2", "demo")))
                .andExpect(status().isNotFound());
        assertThat(inbox.of("unit", project.getId(), NotificationKind.TASK_ASSIGNED).get(0).isRead()).isFalse();

        mvc.perform(get("/api/notifications").with(httpBasic("unit", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].read").value(false));
        mvc.perform(post("/api/notifications/{id}/read", id).with(httpBasic("unit", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.read").value(true));
        assertThat(inbox.of("unit", project.getId(), NotificationKind.TASK_ASSIGNED).get(0).isRead()).isTrue();
    }

    @Test
    void theBellShowsTheUnreadCountAndTheListMarksAllRead() throws Exception {
        Project project = world.project(year, "铃铛项目", DemoData.INNOVATION_CENTRE);
        assertThat(inbox.of("unit2", project.getId(), NotificationKind.TASK_ASSIGNED)).hasSize(1);

        mvc.perform(get("/tasks").with(user(world.user("unit2"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("badge bg-danger ms-1")));
        mvc.perform(get("/notifications").with(user(world.user("unit2"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("铃铛项目")));
        assertThat(inbox.of("unit2", project.getId(), NotificationKind.TASK_ASSIGNED).get(0).isRead()).isTrue();
        mvc.perform(get("/tasks").with(user(world.user("unit2"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("badge bg-danger ms-1"))));
    }

    @Test
    void noMailIsAttemptedWithoutAnSmtpServer() {
        assertThat(context.getBeanNamesForType(MailNotifier.class)).isEmpty();
        assertThat(context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
    }
}
