package org.jixiao.reliability;

import org.jixiao.support.EnabledIfMySql;
import org.jixiao.support.MySqlTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.File;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the application in the middle of a long project-list import, and again in the middle of a stage
 * opening for the year; after each restart on the same MySQL schema the data is consistent (all or nothing,
 * no orphan or duplicate process instance), and repeating the request completes the work exactly once.
 * "In the middle" is checked, not guessed: the kill waits until InnoDB shows the request's transaction holding
 * thousands of uncommitted rows while the request is still unanswered.
 */
@EnabledIfMySql
class KillTest {

    /** Projects in the imported list; enough for an import that runs for many seconds. */
    private static final int PROJECTS = Integer.getInteger("jixiao.kill.projects", 300);
    private static final int YEAR = 2031;
    private static final File LOG = new File("target/kill-test-app.log");

    private MySqlTestDatabase database;
    private JdbcTemplate jdbc;
    private AppProcess app;

    @BeforeEach
    void createSchema() {
        database = MySqlTestDatabase.create();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(database.url(), database.user(), database.password()));
        LOG.delete();
    }

    @AfterEach
    void dropSchema() throws InterruptedException {
        if (app != null) {
            app.stop();
        }
        database.drop();
    }

    @Test
    void killedImportAndStageOpeningLeaveConsistentDataAndRepeatingCompletesThem() throws Exception {
        byte[] list = ProjectLists.workbook(YEAR, ProjectLists.names("批量导入项目", PROJECTS));
        app = AppProcess.start(database, LOG);

        long uncommitted = killDuring(2_000, () -> http().upload("finance", "/api/imports/project-list?year=" + YEAR,
                "list.xlsx", list));
        System.out.printf("kill test: import killed with %d uncommitted rows%n", uncommitted);
        app = AppProcess.start(database, LOG);
        assertConsistent(0, false);

        Http.Response imported = http().upload("finance", "/api/imports/project-list?year=" + YEAR, "list.xlsx", list);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().size()).isEqualTo(PROJECTS);
        assertConsistent(PROJECTS, false);
        Http.Response again = http().upload("finance", "/api/imports/project-list?year=" + YEAR, "list.xlsx", list);
        assertThat(again.status()).as("the same list again is refused, its projects exist").isEqualTo(400);
        assertConsistent(PROJECTS, false);

        String opening = "{\"year\":" + YEAR + ",\"stage\":\"DECLARATION\",\"deadline\":\"" + YEAR + "-06-30\"}";
        // Four rows a project (history entry, task, two timers): kill about a third of the way through.
        uncommitted = killDuring(PROJECTS * 4 / 3, () -> http().post("finance", "/api/stages/open", opening));
        System.out.printf("kill test: stage opening killed with %d uncommitted rows%n", uncommitted);
        app = AppProcess.start(database, LOG);
        assertConsistent(PROJECTS, false);

        Http.Response opened = http().post("finance", "/api/stages/open", opening);
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().get("projectsMoved").asInt()).isEqualTo(PROJECTS);
        assertConsistent(PROJECTS, true);
        assertThat(http().post("finance", "/api/stages/open", opening).status()).isEqualTo(409);
        assertConsistent(PROJECTS, true);
    }

    private Http http() {
        return new Http(app.port(), java.time.Duration.ofMinutes(15));
    }

    /**
     * Sends the request, waits until its transaction holds at least {@code rows} uncommitted rows, kills the
     * application while the answer is still due, and returns the uncommitted row count seen at the kill.
     */
    private long killDuring(long minRows, Supplier<Http.Response> request) throws Exception {
        CompletableFuture<Http.Response> answer = CompletableFuture.supplyAsync(request);
        long rows = 0;
        while (rows < minRows) {
            assertThat(answer).as("the request must still be running when the application is killed").isNotDone();
            Thread.sleep(200);
            rows = jdbc.queryForObject("select coalesce(max(trx_rows_modified), 0) from information_schema.innodb_trx",
                    Long.class);
        }
        assertThat(answer).isNotDone();
        app.kill();
        assertThat(answer).failsWithin(java.time.Duration.ofMinutes(1));
        return rows;
    }

    /**
     * The year holds either no project or all of them, each with its one lifecycle, one creation entry and one
     * declaration draft; no lifecycle anywhere lacks its project. The declaration stage is opened for all of
     * them (history entry, task due date, both deadline timers moved) or for none.
     */
    private void assertConsistent(int projects, boolean opened) {
        assertThat(count("select count(*) from project where fiscal_year = ?")).isEqualTo(projects);
        assertThat(count("""
                select count(*) from project p where p.fiscal_year = ? and (
                  (select count(*) from ACT_RU_EXECUTION e where e.ID_ = e.PROC_INST_ID_
                     and e.BUSINESS_KEY_ = cast(p.id as char) and e.PROC_DEF_KEY_ = 'Process_ProjectLifecycle') <> 1
                  or (select count(*) from project_history h where h.project_id = p.id and h.action = 'CREATED') <> 1
                  or (select count(*) from target_declaration d where d.project_id = p.id) <> 1
                  or p.process_instance_id is null)""")).as("projects without exactly one lifecycle, entry, draft")
                .isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from ACT_RU_EXECUTION e where e.ID_ = e.PROC_INST_ID_ and e.SUPER_EXEC_ is null
                  and not exists (select 1 from project p where cast(p.id as char) = e.BUSINESS_KEY_)""", Long.class))
                .as("lifecycles without a project").isZero();
        int all = opened ? projects : 0;
        assertThat(count("select count(*) from stage_opening where fiscal_year = ? and stage = 'DECLARATION'"))
                .isEqualTo(opened ? 1 : 0);
        assertThat(count("""
                select count(*) from project_history h join project p on p.id = h.project_id
                where p.fiscal_year = ? and h.action = 'STAGE_OPENED'""")).isEqualTo(all);
        assertThat(count(fillTasks("t.DUE_DATE_ is not null"))).isEqualTo(all);
        assertThat(count(fillTasks("1 = 1"))).isEqualTo(projects);
        assertThat(count(timers("year(j.DUEDATE_) < 9999"))).isEqualTo(2L * all);
        assertThat(count(timers("1 = 1"))).as("two deadline timers per fill task, never more").isEqualTo(2L * projects);
    }

    private static String fillTasks(String condition) {
        return "select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_"
                + " join project p on cast(p.id as char) = e.BUSINESS_KEY_"
                + " where p.fiscal_year = ? and t.TASK_DEF_KEY_ = 'Task_Fill' and " + condition;
    }

    private static String timers(String condition) {
        return "select count(*) from ACT_RU_JOB j join ACT_RU_EXECUTION e on e.ID_ = j.PROCESS_INSTANCE_ID_"
                + " join project p on cast(p.id as char) = e.BUSINESS_KEY_"
                + " where p.fiscal_year = ? and j.TYPE_ = 'timer' and " + condition;
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, YEAR);
    }
}
