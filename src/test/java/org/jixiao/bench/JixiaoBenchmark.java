package org.jixiao.bench;

import org.jixiao.support.PublishedFixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.cockpit.Cockpit;
import org.jixiao.demo.DemoData;
import org.jixiao.cockpit.CockpitFilter;
import org.jixiao.evaluation.SelfEvaluationStore;
import org.jixiao.excel.TestWorkbooks;
import org.jixiao.excel.web.ExcelExports;
import org.jixiao.excel.web.ProjectListImport;
import org.jixiao.security.CurrentUser;
import org.jixiao.security.JixiaoUserDetailsService;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.project.Actor;
import org.jixiao.project.ProjectCategory;
import org.jixiao.project.ProjectService;
import org.jixiao.scoring.ScoringSettings;
import org.jixiao.scoring.SelfEvaluationScorer;
import org.jixiao.support.MySqlTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The benchmark behind docs/performance.md: {@code mvn -Pbench verify} (H2) or with {@code -Dbench.db=mysql}.
 * It measures what users wait for and prints one {@code BENCH …} line last. Not part of the normal test suite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.job-execution.enabled=false",
        "logging.level.root=WARN"
})
@ActiveProfiles(resolver = JixiaoBenchmark.Profiles.class)
class JixiaoBenchmark {

    private static final boolean ON_MYSQL = "mysql".equals(System.getProperty("bench.db"));
    private static final MySqlTestDatabase MYSQL = ON_MYSQL ? MySqlTestDatabase.create() : null;
    private static final MySqlTestDatabase BARE_MYSQL = ON_MYSQL ? MySqlTestDatabase.create() : null;
    private static final int TASK_LIST_YEAR = 2090;
    private static final int EXCEL_YEAR = 2095;
    /** The demo units the task-list and imported projects are spread over. */
    private static final List<String> UNITS = List.of(DemoData.SCIENCE_COMMITTEE_OWN, DemoData.INNOVATION_CENTRE,
            DemoData.SCIENCE_MUSEUM);
    /** Per task-list client: the first requests pay for bcrypt (a user's first login) and for compiling the code. */
    private static final int WARM_UP_REQUESTS = 50;
    private static final int MEASURED_REQUESTS = 50;
    private static final int CLIENTS = Integer.getInteger("bench.clients", 20);
    /** The same settings as the application's own H2 URL (application.properties), for the app and the bare engine. */
    private static final String H2_SETTINGS = ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256";
    private static final String H2_URL = "jdbc:h2:mem:bench" + H2_SETTINGS;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (ON_MYSQL) {
            // the mysql profile sets the driver options, as in production
            registry.add("spring.datasource.url", MYSQL::bareUrl);
            registry.add("spring.datasource.username", MYSQL::user);
            registry.add("spring.datasource.password", MYSQL::password);
        } else {
            registry.add("spring.datasource.url", () -> H2_URL);
        }
    }

    /** On MySQL the production profile's pool and driver settings apply (application-mysql.properties). */
    static class Profiles implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return ON_MYSQL ? new String[]{"demo", "mysql"} : new String[]{"demo"};
        }
    }

    /** The driver options of the application's mysql profile, for the bare engine's pool. */
    private static Properties mysqlDriverOptions(MySqlTestDatabase database) throws IOException {
        Properties profile = new Properties();
        try (InputStream in = JixiaoBenchmark.class.getResourceAsStream("/application-mysql.properties")) {
            profile.load(in);
        }
        String prefix = "spring.datasource.hikari.data-source-properties.";
        Properties options = new Properties();
        options.setProperty("user", database.user());
        options.setProperty("password", database.password());
        for (String key : profile.stringPropertyNames()) {
            String value = profile.getProperty(key);
            if (key.startsWith(prefix)) {
                // ${VARIABLE:default} → default
                options.setProperty(key.substring(prefix.length()), value.startsWith("${")
                        ? value.substring(value.indexOf(':') + 1, value.length() - 1) : value);
            }
        }
        return options;
    }

    @AfterAll
    static void dropSchema() {
        if (MYSQL != null) {
            MYSQL.drop();
            BARE_MYSQL.drop();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ProjectService projects;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ApplicationContext context;

    private final Map<String, String> figures = new LinkedHashMap<>();

    @Test
    void benchmark() throws Exception {
        // -Dbench.listsOnly=true: only the task list and the cockpit, for their growth with -Dbench.tasks
        boolean listsOnly = Boolean.getBoolean("bench.listsOnly");
        if (!listsOnly) {
            lifecycleFigures();
            figures.put("score_forms_per_s", fmt(scoreFormsPerSecond()));
        }
        int openTasks = Integer.getInteger("bench.tasks", 10_000);
        figures.put("task_list_p95_ms", fmt(taskListP95(openTasks)));
        figures.put("cockpit_10k_ms", fmt(cockpitMillis()));
        if (!listsOnly) {
            importAndExportFigures();
        }

        StringBuilder line = new StringBuilder("BENCH");
        figures.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        System.out.println(line);
    }

    /**
     * The whole year through the application and on the bare engine, same run, same two threads. Both share the
     * engine's classes, so both warm up before either is measured: otherwise the JIT work done during the first
     * measurement would speed up the second.
     */
    private void lifecycleFigures() throws Exception {
        int lifecycles = Integer.getInteger("bench.lifecycles", 100);
        int warmUp = Integer.getInteger("bench.warmUp", 50);
        LifecycleDriver lifecycle = new LifecycleDriver(context);
        lifecycle.openStages();
        StatementCounter appStatements = (StatementCounter) context.getBean(DataSource.class);
        printStatementsPerStep(appStatements, lifecycle);
        PooledDataSource barePool = ON_MYSQL
                ? new PooledDataSource("com.mysql.cj.jdbc.Driver", BARE_MYSQL.bareUrl(), mysqlDriverOptions(BARE_MYSQL))
                : new PooledDataSource("org.h2.Driver", "jdbc:h2:mem:bench-bare" + H2_SETTINGS, "sa", "");
        // as the application's pool does (Camunda requires it; MySQL defaults to REPEATABLE READ)
        barePool.setDefaultTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED);
        StatementCounter bareStatements = new StatementCounter(barePool);
        try (BareEngineRun bare = new BareEngineRun(bareStatements)) {
            bare.registerBeansForThisThread();
            System.out.printf("statements for one project's year on the bare engine: %d%n",
                    bareStatements.count(() -> bare.walkOneYear(1)));
            ProjectRun app = lifecycle::walkOneYear;
            ProjectRun bareEngine = id -> {
                bare.registerBeansForThisThread();
                bare.walkOneYear(id);
            };
            measureRate(warmUp, app);
            measureRate(warmUp, bareEngine);
            double appRate = measureRate(lifecycles, app);
            double bareRate = measureRate(lifecycles, bareEngine);
            figures.put("lifecycle_per_s", fmt(appRate));
            figures.put("bare_engine_per_s", fmt(bareRate));
            figures.put("overhead_ratio", String.format("%.2f", bareRate / appRate));
        }
    }

    /** One project's year walked alone, printing the SQL statements each step ran. */
    private static void printStatementsPerStep(StatementCounter statements, LifecycleDriver lifecycle) {
        long[] last = {statements.executed()};
        StringBuilder steps = new StringBuilder();
        long total = statements.count(() -> lifecycle.walkOneYear(1, step -> {
            long now = statements.executed();
            steps.append(steps.isEmpty() ? "" : ", ").append(step).append(' ').append(now - last[0]);
            last[0] = now;
        }));
        System.out.printf("statements for one project's year in the application: %d (%s)%n", total, steps);
    }

    /** Counts the application's SQL statements, for {@link #printStatementsPerStep}. */
    @TestConfiguration
    static class CountStatements {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(bean instanceof StatementCounter)
                            ? new StatementCounter(dataSource) : bean;
                }
            };
        }
    }

    /** Projects through the whole year per second, on two threads. */
    private double measureRate(int count, ProjectRun run) throws Exception {
        AtomicLong ids = new AtomicLong(1_000_000 + System.nanoTime() % 1_000_000);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                done.add(pool.submit(() -> {
                    run.walk(ids.incrementAndGet());
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    /** The scoring rules alone over the fixture self-evaluations, one thread, after a warm-up. */
    private double scoreFormsPerSecond() throws IOException {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        List<SelfEvaluationForm> forms = new ArrayList<>();
        try (Stream<Path> files = Files.list(PublishedFixtures.DIR)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("000-")).toList()) {
                forms.add(json.readValue(p.toFile(), SelfEvaluationForm.class));
            }
        }
        SelfEvaluationScorer scorer = new SelfEvaluationScorer();
        ScoringSettings settings = ScoringSettings.defaults();
        long sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += scorer.score(forms.get(i % forms.size()), settings).indicators().size();
        }
        int n = 200_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += scorer.score(forms.get(i % forms.size()), settings).indicators().size();
        }
        double rate = n / ((System.nanoTime() - start) / 1e9);
        if (sink == 0) {
            throw new IllegalStateException("scoring produced nothing");
        }
        return rate;
    }

    /** p95 of GET /api/tasks (first page) over HTTP on loopback, 20 concurrent clients, with that many open tasks. */
    private double taskListP95(int openTasks) throws Exception {
        int year = TASK_LIST_YEAR;
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        for (int batch = 0; batch < openTasks; batch += 200) {
            int from = batch;
            tx.executeWithoutResult(s -> {
                for (int i = from; i < Math.min(from + 200, openTasks); i++) {
                    Long unitId = organisations.findByName(UNITS.get(i % UNITS.size())).orElseThrow().getId();
                    projects.create(new ProjectService.NewProject(year, "基准项目" + i, ProjectCategory.RECURRING, unitId,
                            LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false), Actor.SYSTEM);
                }
            });
        }
        HttpClient http = HttpClient.newHttpClient();
        String[] users = {"unit", "unit2", "dept", "finance"};
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicLong measuredFrom = new AtomicLong();
        CyclicBarrier warmedUp = new CyclicBarrier(CLIENTS, () -> measuredFrom.set(System.nanoTime()));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String user = users[c % users.length];
                String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
                done.add(clients.submit(() -> {
                    for (int r = 0; r < WARM_UP_REQUESTS + MEASURED_REQUESTS; r++) {
                        if (r == WARM_UP_REQUESTS) {
                            // measured requests start together, none of them queued behind another's first login
                            warmedUp.await();
                        }
                        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tasks?size=50"))
                                .header("Authorization", auth).GET().build();
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long t1 = System.nanoTime();
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("task list answered " + response.statusCode());
                        }
                        if (r >= WARM_UP_REQUESTS) {
                            latencies.add(t1 - t0);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
        double seconds = (System.nanoTime() - measuredFrom.get()) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
        System.out.printf("task list: %d measured requests in %.1f s (%.0f per second), median %.1f ms, p95 %.1f ms%n",
                sorted.size(), seconds, sorted.size() / seconds, sorted.get(sorted.size() / 2) / 1e6, p95);
        return p95;
    }

    /**
     * Median of ten cockpit overviews for finance over the task-list year's projects, after a warm-up. Before each,
     * one project changes: H2 hands back a statement's previous result while no table changed, which would
     * measure nothing.
     */
    private double cockpitMillis() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Long someProject = jdbc.queryForObject("select min(id) from project where fiscal_year = ?", Long.class,
                TASK_LIST_YEAR);
        CurrentUser finance = (CurrentUser) context.getBean(JixiaoUserDetailsService.class).loadUserByUsername("finance");
        Cockpit cockpit = context.getBean(Cockpit.class);
        for (int i = 0; i < 3; i++) {
            cockpit.overview(TASK_LIST_YEAR, finance);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            boolean returned = i % 2 == 0;
            // committed: pooled connections are not in auto-commit
            new TransactionTemplate(transactionManager).executeWithoutResult(s ->
                    jdbc.update("update project set returned = ? where id = ?", returned, someProject));
            long t0 = System.nanoTime();
            cockpit.overview(TASK_LIST_YEAR, finance);
            times.add(System.nanoTime() - t0);
        }
        Collections.sort(times);
        return times.get(times.size() / 2) / 1e6;
    }

    /**
     * A 1,000-project list imported through the upload path (projects created, processes started), then, with a
     * stored self-evaluation each, the department's batch workbook of those 1,000 forms and the finance summary,
     * as finance downloads them: timed once, then run again under {@link HeapWatch} for the live heap it needs.
     */
    private void importAndExportFigures() throws Exception {
        int count = Integer.getInteger("bench.projects", 1000);
        CurrentUser finance = (CurrentUser) context.getBean(JixiaoUserDetailsService.class).loadUserByUsername("finance");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[]{"导入基准项目" + i, "经常性项目", DemoData.SCIENCE_COMMITTEE, UNITS.get(i % UNITS.size()),
                    LocalDate.of(EXCEL_YEAR, 1, 1), LocalDate.of(EXCEL_YEAR, 12, 31), 100000.0 + i, 100000.0 + i, 0.0,
                    0.0, "元", "否"});
        }
        MockMultipartFile file = new MockMultipartFile("file", "list.xlsx", null, TestWorkbooks.projectList(rows));
        long t0 = System.nanoTime();
        List<ProjectListImport.ImportedProject> created = context.getBean(ProjectListImport.class)
                .importList(file, EXCEL_YEAR, finance);
        figures.put("import_1000_s", String.format("%.2f", (System.nanoTime() - t0) / 1e9));

        SelfEvaluationForm sample = new ObjectMapper().findAndRegisterModules()
                .readValue(PublishedFixtures.file("000-07.json").toFile(), SelfEvaluationForm.class);
        SelfEvaluationStore selfEvaluations = context.getBean(SelfEvaluationStore.class);
        for (ProjectListImport.ImportedProject p : created) {
            selfEvaluations.storeHistorical(p.projectId(), new SelfEvaluationForm(null, null, sample.form(), EXCEL_YEAR,
                    p.name(), DemoData.SCIENCE_COMMITTEE, p.unit(), sample.moneyUnit(), sample.funds(),
                    sample.budgetExecution(), sample.goalExpected(), sample.goalActual(), sample.indicators(),
                    sample.totalWeight(), sample.totalScore(), sample.grade(), null));
        }
        Long science = organisations.findByName(DemoData.SCIENCE_COMMITTEE).orElseThrow().getId();
        ExcelExports exports = context.getBean(ExcelExports.class);

        ExportRun export = () -> {
            try (OutputStream out = OutputStream.nullOutputStream()) {
                exports.selfEvaluations(EXCEL_YEAR, science, finance).body().writeTo(out);
                exports.summary(new CockpitFilter(EXCEL_YEAR, null, null, null, null, null), finance).body().writeTo(out);
            }
        };
        long t1 = System.nanoTime();
        export.run();
        figures.put("export_1000_s", String.format("%.2f", (System.nanoTime() - t1) / 1e9));
        try (HeapWatch heap = HeapWatch.start()) {
            export.run();
            figures.put("export_heap_mb", fmt(heap.peakAboveBaselineBytes() / (1024.0 * 1024.0)));
        }
    }

    @FunctionalInterface
    interface ExportRun {
        void run() throws IOException;
    }

    private static String fmt(double value) {
        return String.format("%.1f", value);
    }

    @FunctionalInterface
    interface ProjectRun {
        void walk(long id) throws Exception;
    }
}
