package org.jixiao.task;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.jixiao.demo.DemoData;
import org.jixiao.notification.NotificationKind;
import org.jixiao.organisation.AppUser;
import org.jixiao.organisation.AppUserRepository;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.Role;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.Step;
import org.jixiao.support.Inbox;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorld;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.ProcessKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Transfer, delegate and resolve among colleagues of one unit; the finance admin's jump back to a step. */
@IntegrationTest
class TaskOperationsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService tasks;
    @Autowired
    AppUserRepository users;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    ProjectHistory history;
    @Autowired
    ProjectRepository projects;

    private TestWorld world;
    private Project project;
    private String colleague;

    @BeforeEach
    void setUp() {
        world = TestWorld.of(context);
        int year = TestWorld.freshYear();
        colleague = "colleague" + year;
        users.save(new AppUser(colleague, passwords.encode("demo"), "本部 同事" + year,
                organisations.findByName(DemoData.SCIENCE_COMMITTEE_OWN).orElseThrow(), EnumSet.of(Role.UNIT_FILLER)));
        project = world.project(year, "转办项目", DemoData.SCIENCE_COMMITTEE_OWN);
    }

    @Test
    void aTaskIsTransferredToAColleagueOfTheSameUnit() throws Exception {
        String taskId = world.task("unit", project.getId()).taskId();
        operate("unit", "/api/tasks/" + taskId + "/transfer", "{\"toUser\":\"" + colleague + "\"}")
                .andExpect(status().isNoContent());
        assertThat(task(taskId).getAssignee()).isEqualTo(colleague);
        assertThat(actions()).contains(HistoryAction.TRANSFERRED);
        assertThat(Inbox.of(context).of(colleague, project.getId(), NotificationKind.TASK_ASSIGNED))
                .as("one for the new task, one for the transfer").hasSize(2);

        world.act(colleague, project.getId(), Decision.SUBMIT, null);
        assertThat(projects.findById(project.getId()).orElseThrow().getStep()).isEqualTo(Step.DEPT_REVIEW);
    }

    @Test
    void notToSomeoneOfAnotherOrganisationAndNotSomeoneElsesTask() throws Exception {
        String taskId = world.task("unit", project.getId()).taskId();
        operate("unit", "/api/tasks/" + taskId + "/transfer", "{\"toUser\":\"unit2\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("toUser"));
        operate("unit", "/api/tasks/" + taskId + "/transfer", "{\"toUser\":\"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("toUser"));
        operate("unit2", "/api/tasks/" + taskId + "/transfer", "{\"toUser\":\"unit2\"}")
                .andExpect(status().isNotFound());
        operate("dept", "/api/tasks/" + taskId + "/delegate", "{\"toUser\":\"" + colleague + "\"}")
                .andExpect(status().isNotFound());
        assertThat(task(taskId).getAssignee()).isNull();
        assertThat(actions()).doesNotContain(HistoryAction.TRANSFERRED, HistoryAction.DELEGATED);
    }

    @Test
    void aDelegatedTaskComesBackToItsOwner() throws Exception {
        String taskId = world.task("unit", project.getId()).taskId();
        operate("unit", "/api/tasks/" + taskId + "/delegate", "{\"toUser\":\"" + colleague + "\"}")
                .andExpect(status().isNoContent());
        Task delegated = task(taskId);
        assertThat(delegated.getAssignee()).isEqualTo(colleague);
        assertThat(delegated.getOwner()).isEqualTo("unit");
        assertThat(delegated.getDelegationState()).isEqualTo(DelegationState.PENDING);

        operate("unit", "/api/tasks/" + taskId + "/resolve", "").andExpect(status().isConflict());
        operate(colleague, "/api/tasks/" + taskId + "/resolve", "").andExpect(status().isNoContent());
        Task resolved = task(taskId);
        assertThat(resolved.getAssignee()).isEqualTo("unit");
        assertThat(resolved.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
        assertThat(actions()).contains(HistoryAction.DELEGATED, HistoryAction.RESOLVED);
    }

    @Test
    void theFinanceAdminSendsAProjectBackToTheUnitFromFinanceReview() throws Exception {
        world.act("unit", project.getId(), Decision.SUBMIT, null);
        world.act("dept", project.getId(), Decision.APPROVE, null);
        assertThat(projects.findById(project.getId()).orElseThrow().getStep()).isEqualTo(Step.FINANCE_REVIEW);

        operate("dept", "/api/projects/" + project.getId() + "/jump", "{\"step\":\"FILL\"}")
                .andExpect(status().isForbidden());
        operate("finance", "/api/projects/" + project.getId() + "/jump", "{\"step\":\"SCORING\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("step"));
        operate("finance", "/api/projects/999999999/jump", "{\"step\":\"FILL\"}")
                .andExpect(status().isNotFound());
        assertThat(projects.findById(project.getId()).orElseThrow().getStep()).isEqualTo(Step.FINANCE_REVIEW);

        operate("finance", "/api/projects/" + project.getId() + "/jump", "{\"step\":\"FILL\",\"comment\":\"材料有误\"}")
                .andExpect(status().isNoContent());
        Project back = projects.findById(project.getId()).orElseThrow();
        assertThat(back.getStep()).isEqualTo(Step.FILL);
        assertThat(back.isReturned()).isTrue();
        assertThat(world.task("unit", project.getId()).step()).isEqualTo(Step.FILL);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(project.getId()))
                .taskDefinitionKey(ProcessKeys.TASK_FINANCE_REVIEW).count()).isZero();
        assertThat(history.of(project.getId())).anySatisfy(h -> {
            assertThat(h.getAction()).isEqualTo(HistoryAction.JUMPED);
            assertThat(h.getComment()).contains("材料有误");
        });

        operate("finance", "/api/projects/" + project.getId() + "/jump", "{\"step\":\"FILL\"}")
                .andExpect(status().isConflict());
        operate("finance", "/api/projects/" + project.getId() + "/jump", "{\"step\":\"DEPT_REVIEW\"}")
                .andExpect(status().isNoContent());
        assertThat(world.task("dept", project.getId()).step()).isEqualTo(Step.DEPT_REVIEW);
    }

    private ResultActions operate(String username, String path, String body) throws Exception {
        return mvc.perform(post(path).with(httpBasic(username, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body.isEmpty() ? "{}" : body));
    }

    private Task task(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult();
    }

    private List<HistoryAction> actions() {
        return history.of(project.getId()).stream().map(h -> h.getAction()).toList();
    }
}
