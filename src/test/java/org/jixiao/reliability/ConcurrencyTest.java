package org.jixiao.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jixiao.demo.DemoData;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.support.TestWorld;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.ProcessKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent requests over real HTTP on loopback: parallel saves of one form with the same ETag, parallel
 * approvals of one task, and a burst of 50 users doing mixed work ({@link Burst}). The job executor is off;
 * nothing here needs jobs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:jixiao-${random.uuid};DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.job-execution.enabled=false"
})
@ActiveProfiles("demo")
class ConcurrencyTest {

    private static final int PARALLEL = 8;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectRepository projects;
    @Autowired
    ProjectHistory history;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    @Test
    void parallelSavesWithTheSameETagLetExactlyOneWinAndLoseNoUpdate() throws Exception {
        TestWorld world = TestWorld.of(context);
        Project project = world.project(TestWorld.freshYear(), "并发保存", DemoData.SCIENCE_COMMITTEE_OWN);
        world.fillForm(project.getId(), Stage.DECLARATION, world.user("unit"));
        Http http = new Http(port);
        String path = "/api/projects/" + project.getId() + "/declaration";
        Http.Response read = http.get("unit", path);
        long version = Long.parseLong(read.etag().replace("\"", ""));

        List<Http.Response> answers = all(PARALLEL, k -> {
            ObjectNode form = (ObjectNode) read.json();
            form.put("goal_annual", "保存者" + k);
            return http.put("unit", path, form.toString(), read.etag());
        });

        List<Integer> winners = new ArrayList<>();
        for (int k = 0; k < PARALLEL; k++) {
            Http.Response answer = answers.get(k);
            if (answer.status() == 200) {
                winners.add(k);
            } else {
                assertThat(answer.status()).as(answer.body()).isEqualTo(409);
                assertThat(answer.json().get("message").asText()).contains("已被他人修改").contains("刷新");
            }
        }
        assertThat(winners).hasSize(1);
        Http.Response stored = http.get("unit", path);
        assertThat(stored.etag()).isEqualTo("\"" + (version + 1) + "\"");
        assertThat(stored.json().get("goal_annual").asText()).isEqualTo("保存者" + winners.get(0));
    }

    @Test
    void parallelApprovalsOfOneTaskCompleteItExactlyOnce() throws Exception {
        TestWorld world = TestWorld.of(context);
        Project project = world.project(TestWorld.freshYear(), "并发审核", DemoData.SCIENCE_COMMITTEE_OWN);
        world.act("unit", project.getId(), Decision.SUBMIT, null);
        String taskId = world.task("dept", project.getId()).taskId();
        Http http = new Http(port);

        List<Http.Response> answers = all(PARALLEL, k ->
                http.post("dept", "/api/tasks/" + taskId + "/complete", http.decision("APPROVE", "同意" + k)));

        assertThat(answers).filteredOn(a -> a.status() == 204).hasSize(1);
        // Too late: the task is gone (404) or another completion got there first (409); never a server error.
        assertThat(answers).filteredOn(a -> a.status() != 204)
                .allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(404, 409))
                .allSatisfy(a -> assertThat(a.json().get("message").asText()).isNotBlank());
        assertThat(history.of(project.getId())).filteredOn(e -> e.getAction() == HistoryAction.APPROVED).hasSize(1);
        assertThat(projects.findById(project.getId()).orElseThrow().getStep()).isEqualTo(Step.FINANCE_REVIEW);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(project.getId())).list())
                .singleElement().satisfies(t -> assertThat(t.getTaskDefinitionKey())
                        .isEqualTo(ProcessKeys.TASK_FINANCE_REVIEW));
    }

    @Test
    void fiftyUsersDoingMixedWorkGetNoServerErrorAndLoseNothing() throws Exception {
        Burst.Result result = new Burst(context, new Http(port), TestWorld.freshYear()).run();
        System.out.println(result.summary());
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "burst-report.txt"), result.summary());

        assertThat(result.transportErrors()).as(result.summary()).isEmpty();
        assertThat(result.serverErrors()).as(result.summary()).isEmpty();
        assertThat(result.submits()).as("the burst did real work: " + result.summary()).isPositive();
        result.checkEveryProject(projects, history, tasks, runtime);
    }

    private interface Attempt {
        Http.Response run(int k) throws Exception;
    }

    /** Runs {@code n} attempts released at the same instant; their answers in attempt order. */
    private static List<Http.Response> all(int n, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int index = k;
                Callable<Http.Response> call = () -> {
                    gate.await();
                    return attempt.run(index);
                };
                futures.add(pool.submit(call));
            }
            gate.countDown();
            List<Http.Response> answers = new ArrayList<>();
            for (Future<Http.Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
