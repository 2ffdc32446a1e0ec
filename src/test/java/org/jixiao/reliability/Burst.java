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
import org.jixiao.workflow.ProcessKeys;
import org.springframework.context.ApplicationContext;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty users at once, for {@value #DURATION_PROPERTY} seconds (default 60), on one fresh year's declarations:
 * fillers list their tasks, open, save and submit forms; reviewers open and approve or return; observers read
 * the cockpit, notifications, project lists and histories, and the admin the incidents. Every successful
 * decision and save is written down by the client, so the end state can be checked against it project by
 * project.
 */
final class Burst {

    static final String DURATION_PROPERTY = "jixiao.burst.seconds";
    private static final int USERS = 50;
    private static final int PROJECTS_PER_UNIT = 15;

    private final TestWorld world;
    private final Http http;
    private final int year;
    private final Map<Long, Ledger> ledgers = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Queue<String> serverErrors = new ConcurrentLinkedQueue<>();
    private final Queue<String> transportErrors = new ConcurrentLinkedQueue<>();
    private final LongAdder latencyMillis = new LongAdder();
    private final AtomicLong maxLatencyMillis = new AtomicLong();
    private final AtomicInteger markers = new AtomicInteger();

    Burst(ApplicationContext context, Http http, int year) {
        this.world = TestWorld.of(context);
        this.http = http;
        this.year = year;
    }

    /** What the client saw succeed for one project. */
    static final class Ledger {
        final AtomicInteger submits = new AtomicInteger();
        final AtomicInteger deptApprovals = new AtomicInteger();
        final AtomicInteger deptReturns = new AtomicInteger();
        final AtomicInteger financeApprovals = new AtomicInteger();
        final AtomicInteger financeReturns = new AtomicInteger();
        final Queue<Save> saves = new ConcurrentLinkedQueue<>();
    }

    record Save(long version, String marker) {
    }

    Result run() throws Exception {
        for (int k = 1; k <= PROJECTS_PER_UNIT; k++) {
            prepare("本部项目" + k, DemoData.SCIENCE_COMMITTEE_OWN, "unit");
            prepare("中心项目" + k, DemoData.INNOVATION_CENTRE, "unit2");
        }
        long seconds = Long.getLong(DURATION_PROPERTY, 60);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        List<Future<?>> users = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            Runnable step = role(u);
            users.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    step.run();
                }
            }));
        }
        for (Future<?> user : users) {
            user.get();
        }
        pool.shutdown();
        return new Result(this, (System.nanoTime() - start) / 1_000_000);
    }

    private void prepare(String name, String unit, String filler) {
        Project project = world.project(year, name, unit);
        world.fillForm(project.getId(), Stage.DECLARATION, world.user(filler));
        ledgers.put(project.getId(), new Ledger());
    }

    /** 15 + 10 fillers, 10 department and 5 finance reviewers, 10 observers. */
    private Runnable role(int user) {
        return switch (user % 10) {
            case 0, 1, 2 -> () -> fill("unit");
            case 3, 4 -> () -> fill("unit2");
            case 5, 6 -> () -> review("dept", Step.DEPT_REVIEW);
            case 7 -> () -> review("finance", Step.FINANCE_REVIEW);
            case 8 -> () -> observe("finance");
            default -> () -> observe(user % 20 == 9 ? "dept" : "admin");
        };
    }

    private void fill(String user) {
        JsonNode task = pickTask(user, Step.FILL);
        if (task == null) {
            return;
        }
        Long projectId = task.get("projectId").asLong();
        String path = "/api/projects/" + projectId + "/declaration";
        Http.Response read = call(() -> http.get(user, path));
        if (read == null || read.status() != 200) {
            return;
        }
        ObjectNode form = (ObjectNode) read.json();
        String text = user + "-" + markers.incrementAndGet();
        form.put("goal_annual", text);
        Http.Response saved = call(() -> http.put(user, path, form.toString(), read.etag()));
        Ledger ledger = ledgers.get(projectId);
        if (saved != null && saved.status() == 200) {
            ledger.saves.add(new Save(saved.json().get("version").asLong(), text));
        }
        if (ThreadLocalRandom.current().nextBoolean()) {
            String taskId = task.get("taskId").asText();
            if (succeeded(call(() -> http.post(user, "/api/tasks/" + taskId + "/complete",
                    http.decision("SUBMIT", null))))) {
                ledger.submits.incrementAndGet();
            }
        }
    }

    private void review(String user, Step step) {
        JsonNode task = pickTask(user, step);
        if (task == null) {
            return;
        }
        Long projectId = task.get("projectId").asLong();
        String taskId = task.get("taskId").asText();
        call(() -> http.get(user, "/api/projects/" + projectId + "/declaration"));
        boolean approve = ThreadLocalRandom.current().nextInt(5) > 0;
        Http.Response done = call(() -> http.post(user, "/api/tasks/" + taskId + "/complete",
                approve ? http.decision("APPROVE", "同意") : http.decision("RETURN", "请补充绩效指标")));
        if (succeeded(done)) {
            Ledger ledger = ledgers.get(projectId);
            AtomicInteger counter = step == Step.DEPT_REVIEW
                    ? (approve ? ledger.deptApprovals : ledger.deptReturns)
                    : (approve ? ledger.financeApprovals : ledger.financeReturns);
            counter.incrementAndGet();
        }
    }

    private void observe(String user) {
        Long anyProject = new ArrayList<>(ledgers.keySet()).get(ThreadLocalRandom.current().nextInt(ledgers.size()));
        String path = switch (ThreadLocalRandom.current().nextInt(5)) {
            case 0 -> user.equals("admin") ? "/api/admin/incidents" : "/api/cockpit?year=" + year;
            case 1 -> "/api/cockpit/projects?year=" + year;
            case 2 -> "/api/notifications";
            case 3 -> "/api/projects?year=" + year;
            default -> "/api/projects/" + anyProject + "/history";
        };
        call(() -> http.get(user, path));
    }

    /** An open task of this year at the step for the user, chosen at random from the user's task list. */
    private JsonNode pickTask(String user, Step step) {
        Http.Response answer = call(() -> http.get(user, "/api/tasks?size=500"));
        List<JsonNode> found = new ArrayList<>();
        if (answer != null && answer.status() == 200) {
            answer.json().forEach(t -> {
                if (t.get("year").asInt() == year && step.name().equals(t.get("step").asText())) {
                    found.add(t);
                }
            });
        }
        return found.isEmpty() ? null : found.get(ThreadLocalRandom.current().nextInt(found.size()));
    }

    private static boolean succeeded(Http.Response response) {
        return response != null && response.status() / 100 == 2;
    }

    /** Sends, times and tallies one request; a transport failure or 5xx is kept for the report. */
    private Http.Response call(Supplier<Http.Response> request) {
        long t0 = System.nanoTime();
        try {
            Http.Response response = request.get();
            statuses.computeIfAbsent(response.status(), s -> new LongAdder()).increment();
            if (response.status() >= 500) {
                serverErrors.add(response.status() + " " + response.body());
            }
            return response;
        } catch (UncheckedIOException e) {
            transportErrors.add(e.getMessage());
            return null;
        } finally {
            long millis = (System.nanoTime() - t0) / 1_000_000;
            latencyMillis.add(millis);
            maxLatencyMillis.accumulateAndGet(millis, Math::max);
        }
    }

    record Result(Burst burst, long elapsedMillis) {

        List<String> serverErrors() {
            return List.copyOf(burst.serverErrors);
        }

        List<String> transportErrors() {
            return List.copyOf(burst.transportErrors);
        }

        long requests() {
            return burst.statuses.values().stream().mapToLong(LongAdder::sum).sum() + burst.transportErrors.size();
        }

        int submits() {
            return sum(l -> l.submits.get());
        }

        private int sum(java.util.function.ToIntFunction<Ledger> f) {
            return burst.ledgers.values().stream().mapToInt(f).sum();
        }

        String summary() {
            Map<Integer, Long> byStatus = new TreeMap<>();
            burst.statuses.forEach((s, n) -> byStatus.put(s, n.sum()));
            long n = requests();
            return String.format("burst: %d users, %d projects, %.1f s, %d requests (%.1f/s), by status %s, "
                            + "mean %d ms, max %d ms; succeeded: %d saves, %d submits, %d/%d department approvals/returns, "
                            + "%d/%d finance approvals/returns; %d server errors, %d transport errors%n",
                    USERS, burst.ledgers.size(), elapsedMillis / 1000.0, n, n * 1000.0 / elapsedMillis, byStatus,
                    n == 0 ? 0 : burst.latencyMillis.sum() / n, burst.maxLatencyMillis.get(),
                    sum(l -> l.saves.size()), submits(), sum(l -> l.deptApprovals.get()), sum(l -> l.deptReturns.get()),
                    sum(l -> l.financeApprovals.get()), sum(l -> l.financeReturns.get()),
                    burst.serverErrors.size(), burst.transportErrors.size());
        }

        /**
         * Each project's history holds exactly the decisions the client saw succeed, the project sits where
         * those decisions put it with exactly one open task (none once approved by finance), and its stored
         * form is the last one saved.
         */
        void checkEveryProject(ProjectRepository projects, ProjectHistory history, TaskService tasks,
                               RuntimeService runtime) {
            burst.ledgers.forEach((id, ledger) -> {
                Map<HistoryAction, Long> actions = new TreeMap<>();
                history.of(id).forEach(e -> actions.merge(e.getAction(), 1L, Long::sum));
                String what = "project " + id + " " + actions;
                assertThat(actions.getOrDefault(HistoryAction.SUBMITTED, 0L)).as(what).isEqualTo(ledger.submits.get());
                assertThat(actions.getOrDefault(HistoryAction.APPROVED, 0L)).as(what)
                        .isEqualTo(ledger.deptApprovals.get() + ledger.financeApprovals.get());
                assertThat(actions.getOrDefault(HistoryAction.RETURNED, 0L)).as(what)
                        .isEqualTo(ledger.deptReturns.get() + ledger.financeReturns.get());

                int atDepartment = ledger.submits.get() - ledger.deptApprovals.get() - ledger.deptReturns.get();
                int atFinance = ledger.deptApprovals.get() - ledger.financeApprovals.get() - ledger.financeReturns.get();
                int approved = ledger.financeApprovals.get();
                assertThat(List.of(atDepartment, atFinance, approved)).as(what).allMatch(v -> v == 0 || v == 1);
                assertThat(atDepartment + atFinance + approved).as(what).isLessThanOrEqualTo(1);
                Project project = projects.findById(id).orElseThrow();
                if (approved == 1) {
                    assertThat(project.getStage()).as(what).isEqualTo(Stage.WAITING_MONITORING);
                } else {
                    assertThat(project.getStage()).as(what).isEqualTo(Stage.DECLARATION);
                    assertThat(project.getStep()).as(what).isEqualTo(atDepartment == 1 ? Step.DEPT_REVIEW
                            : atFinance == 1 ? Step.FINANCE_REVIEW : Step.FILL);
                }
                assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).count()).as(what)
                        .isEqualTo(approved == 1 ? 0 : 1);
                assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                        .processDefinitionKey(ProcessKeys.LIFECYCLE).count()).as(what).isEqualTo(1);
                ledger.saves.stream().max(Comparator.comparingLong(Save::version)).ifPresent(last ->
                        assertThat(burst.http.get("finance", "/api/projects/" + id + "/declaration").json()
                                .get("goal_annual").asText()).as(what + " keeps the last save").isEqualTo(last.marker()));
            });
        }
    }
}
