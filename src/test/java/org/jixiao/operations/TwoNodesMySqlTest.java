package org.jixiao.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.jixiao.JixiaoApplication;
import org.jixiao.demo.DemoData;
import org.jixiao.organisation.AppUser;
import org.jixiao.organisation.AppUserRepository;
import org.jixiao.organisation.Organisation;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.organisation.Role;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.ProjectHistoryEntry;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.security.FirstAdminAccount;
import org.jixiao.support.EnabledIfMySql;
import org.jixiao.support.MySqlTestDatabase;
import org.jixiao.support.TestWorld;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.ProcessKeys;
import org.jixiao.workflow.ProjectWorkflow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes, each with its web server and Camunda job executor, on one MySQL database, started as an
 * operator would: {@code mysql} profile, {@code JIXIAO_DB_*} and {@code JIXIAO_ADMIN_PASSWORD}. Shows that the
 * first start creates only the admin, that a login on one node holds on the other, that timers and asynchronous
 * jobs run once across both, and that a task completed from both nodes at once succeeds once and answers 409 once.
 */
@EnabledIfMySql
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesMySqlTest {

    private static final String ADMIN_PASSWORD = "初始口令-Admin-2024";
    private static final String PASSWORD = "demo";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    private MySqlTestDatabase database;
    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;
    private List<String> accountsAfterFirstStart;

    @BeforeAll
    void startBothNodes() {
        database = MySqlTestDatabase.create();
        nodeA = startNode();
        accountsAfterFirstStart = nodeA.getBean(AppUserRepository.class).findAll().stream()
                .map(u -> u.getUsername() + " " + u.getRoles()).toList();
        nodeB = startNode();
        createPeople();
    }

    @AfterAll
    void stopBothNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[]{nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void theFirstStartCreatedOnlyTheAdminAndTheSecondNodeNeitherAccountsNorDeployments() throws Exception {
        assertThat(accountsAfterFirstStart).containsExactly(FirstAdminAccount.USERNAME + " [SYSTEM_ADMIN]");
        assertThat(send(basic(nodeB, "/api/tasks", FirstAdminAccount.USERNAME, ADMIN_PASSWORD).GET()).statusCode())
                .isEqualTo(200);
        assertThat(send(basic(nodeB, "/api/tasks", FirstAdminAccount.USERNAME, "wrong-password").GET()).statusCode())
                .isEqualTo(401);
        assertThat(nodeB.getBean(RepositoryService.class).createProcessDefinitionQuery()
                .processDefinitionKey(ProcessKeys.LIFECYCLE).count()).as("deployed once, not once per node").isEqualTo(1);
    }

    @Test
    void aLoginOnOneNodeHoldsOnTheOtherUntilLogoutThere() throws Exception {
        HttpResponse<String> loginPage = send(page(nodeA, "/login", null).GET());
        String session = sessionCookie(loginPage, null);
        String form = "username=unit&password=" + PASSWORD + "&_csrf=" + encode(csrf(loginPage.body()));
        HttpResponse<String> login = send(page(nodeA, "/login", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        session = sessionCookie(login, session);

        HttpResponse<String> onB = send(page(nodeB, "/tasks", session).GET());
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("本部 张经办");
        assertThat(send(page(nodeB, "/tasks", null).GET()).statusCode()).as("no cookie, no entry").isEqualTo(302);

        HttpResponse<String> logout = send(page(nodeB, "/logout", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf(onB.body())))));
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        HttpResponse<String> afterLogout = send(page(nodeA, "/tasks", session).GET());
        assertThat(afterLogout.statusCode()).isEqualTo(302);
        assertThat(afterLogout.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void deadlineTimersFireOnceAcrossBothNodes() throws Exception {
        int year = TestWorld.freshYear();
        TestWorld world = TestWorld.of(nodeA);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(world.project(year, "逾期测试" + i, DemoData.SCIENCE_COMMITTEE_OWN).getId());
        }
        // a deadline already past: both timers of every fill task fall due at once, on whichever node polls first
        HttpResponse<String> opened = send(basic(nodeB, "/api/stages/open", "finance", PASSWORD)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"year\":" + year + ",\"stage\":\"DECLARATION\",\"deadline\":\""
                        + LocalDate.now().minusDays(1) + "\"}")));
        assertThat(opened.statusCode()).isEqualTo(200);

        ProjectRepository projects = nodeA.getBean(ProjectRepository.class);
        waitUntil(() -> ids.stream().allMatch(id -> projects.findById(id).orElseThrow().isOverdue()));
        waitUntil(() -> timerJobsLeft(ids) == 0);
        for (Long id : ids) {
            assertThat(actions(id, HistoryAction.OVERDUE)).as("project %d", id).hasSize(1);
        }
        assertOnceEach(jobLogs(ids));
    }

    @Test
    void theScoringJobRunsOnceAcrossBothNodes() throws Exception {
        int year = TestWorld.freshYear();
        TestWorld world = TestWorld.of(nodeA);
        ProjectWorkflow workflow = nodeA.getBean(ProjectWorkflow.class);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Long id = world.project(year, "评分测试" + i, DemoData.SCIENCE_COMMITTEE_OWN).getId();
            ids.add(id);
            world.act("unit", id, Decision.SUBMIT, null);
            world.act("dept", id, Decision.APPROVE, null);
            world.act("finance", id, Decision.APPROVE, null);
        }
        workflow.openStage(year, Stage.MONITORING, null, world.user("finance"));
        for (Long id : ids) {
            world.act("unit", id, Decision.SUBMIT, null);
            world.act("dept", id, Decision.APPROVE, null);
        }
        workflow.openStage(year, Stage.SELF_EVALUATION, null, world.user("finance"));
        for (int i = 0; i < ids.size(); i++) {
            // half the submissions (and so the new jobs) on each node
            TestWorld.of(i % 2 == 0 ? nodeA : nodeB).act("unit", ids.get(i), Decision.SUBMIT, null);
        }

        ProjectRepository projects = nodeB.getBean(ProjectRepository.class);
        waitUntil(() -> ids.stream().map(id -> projects.findById(id).orElseThrow())
                .allMatch(p -> p.getStage() == Stage.SELF_EVALUATION && p.getStep() == Step.DEPT_REVIEW));
        for (Long id : ids) {
            assertThat(actions(id, HistoryAction.SCORED)).as("project %d", id).hasSize(1);
        }
        assertOnceEach(jobLogs(ids));
    }

    @Test
    void aTaskCompletedFromBothNodesAtOnceSucceedsOnceAndConflictsOnce() throws Exception {
        int year = TestWorld.freshYear();
        TestWorld world = TestWorld.of(nodeA);
        for (int round = 0; round < 3; round++) {
            Long id = world.project(year, "并发审核" + round, DemoData.SCIENCE_COMMITTEE_OWN).getId();
            world.act("unit", id, Decision.SUBMIT, null);
            String taskId = world.task("dept", id).taskId();

            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
                HttpRequest approve = basic(node, "/api/tasks/" + taskId + "/complete", "dept", PASSWORD)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"APPROVE\",\"comment\":\"同意\"}"))
                        .build();
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return http.send(approve, HttpResponse.BodyHandlers.ofString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = answers.stream().map(CompletableFuture::join).toList();

            assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(204, 409);
            HttpResponse<String> conflict = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
            JsonNode error = json.readTree(conflict.body());
            assertThat(error.get("status").asInt()).isEqualTo(409);
            assertThat(error.get("message").asText()).contains("他人").contains("刷新");
            assertThat(actions(id, HistoryAction.APPROVED)).as("round %d", round).hasSize(1);
            Project project = nodeB.getBean(ProjectRepository.class).findById(id).orElseThrow();
            assertThat(project.getStep()).isEqualTo(Step.FINANCE_REVIEW);
            assertThat(world.task("finance", id).step()).isEqualTo(Step.FINANCE_REVIEW);
        }
    }

    private ConfigurableApplicationContext startNode() {
        return new SpringApplicationBuilder(JixiaoApplication.class)
                .profiles("mysql")
                .properties("spring.main.banner-mode=off")
                .run("--server.port=0",
                        "--JIXIAO_DB_URL=" + database.bareUrl(),
                        "--JIXIAO_DB_USER=" + database.user(),
                        "--JIXIAO_DB_PASSWORD=" + database.password(),
                        "--JIXIAO_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                        // two engines in one JVM need distinct names (on separate machines the default is fine)
                        "--camunda.bpm.generate-unique-process-engine-name=true",
                        // poll often so the test need not wait long; production keeps Camunda's back-off
                        "--camunda.bpm.job-execution.wait-time-in-millis=200",
                        "--camunda.bpm.job-execution.max-wait=1000",
                        "--JIXIAO_DB_POOL_SIZE=12",
                        "--JIXIAO_DB_POOL_MIN_IDLE=1");
    }

    /** What the admin would set up before the year starts: the finance people, one department and one unit. */
    private void createPeople() {
        OrganisationRepository organisations = nodeA.getBean(OrganisationRepository.class);
        AppUserRepository users = nodeA.getBean(AppUserRepository.class);
        String hash = nodeA.getBean(PasswordEncoder.class).encode(PASSWORD);
        Organisation finance = organisations.findByTypeOrderByName(OrganisationType.FINANCE).get(0);
        Organisation science = organisations.save(new Organisation(DemoData.SCIENCE_COMMITTEE,
                OrganisationType.DEPARTMENT, null));
        Organisation unit = organisations.save(new Organisation(DemoData.SCIENCE_COMMITTEE_OWN, OrganisationType.UNIT,
                science));
        users.save(new AppUser("finance", hash, "财政局 王科长", finance, EnumSet.of(Role.FINANCE_REVIEWER, Role.FINANCE_ADMIN)));
        users.save(new AppUser("dept", hash, "区科委 李审核", science, EnumSet.of(Role.DEPT_REVIEWER)));
        users.save(new AppUser("unit", hash, "本部 张经办", unit, EnumSet.of(Role.UNIT_FILLER, Role.UNIT_LEADER)));
    }

    private List<ProjectHistoryEntry> actions(Long projectId, HistoryAction action) {
        return nodeA.getBean(ProjectHistory.class).of(projectId).stream().filter(e -> e.getAction() == action).toList();
    }

    private long timerJobsLeft(List<Long> projectIds) {
        return nodeA.getBean(org.camunda.bpm.engine.ManagementService.class).createJobQuery().timers()
                .duedateLowerThan(new java.util.Date()).list().stream()
                .filter(job -> projectIds.contains(projectOf(job.getProcessInstanceId()))).count();
    }

    /** The engine's log of the jobs of the projects' processes (the review cycles hold the timers and the scoring). */
    private List<HistoricJobLog> jobLogs(List<Long> projectIds) {
        return nodeA.getBean(HistoryService.class).createHistoricJobLogQuery().list().stream()
                .filter(log -> projectIds.contains(projectOf(log.getProcessInstanceId()))).toList();
    }

    private Long projectOf(String processInstanceId) {
        return nodeA.getBean(HistoryService.class).createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).list().stream()
                .map(pi -> Long.valueOf(pi.getBusinessKey())).findFirst().orElse(-1L);
    }

    /** Every job succeeded exactly once, whichever node (engine host name) ran it. */
    private static void assertOnceEach(List<HistoricJobLog> logs) {
        Map<String, Long> successesPerJob = logs.stream().filter(HistoricJobLog::isSuccessLog)
                .collect(Collectors.groupingBy(HistoricJobLog::getJobId, Collectors.counting()));
        assertThat(successesPerJob).isNotEmpty();
        assertThat(successesPerJob.values()).allMatch(n -> n == 1);
        assertThat(logs.stream().filter(HistoricJobLog::isFailureLog)).isEmpty();
        System.out.println("jobs per node: " + logs.stream().filter(HistoricJobLog::isSuccessLog)
                .collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting())));
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not reached within " + PATIENCE);
            }
            Thread.sleep(200);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder page(ConfigurableApplicationContext node, String path, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path));
        return session == null ? request : request.header("Cookie", "SESSION=" + session);
    }

    private static HttpRequest.Builder basic(ConfigurableApplicationContext node, String path, String user,
                                             String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(node, path)).header("Authorization", "Basic " + credentials);
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The SESSION cookie the response sets, or the one sent when it sets none. */
    private static String sessionCookie(HttpResponse<?> response, String current) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring("SESSION=".length(), c.indexOf(';')))
                .reduce((first, second) -> second).orElse(current);
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
