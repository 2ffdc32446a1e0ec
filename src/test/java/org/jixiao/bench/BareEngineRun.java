package org.jixiao.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.jixiao.workflow.ProcessKeys;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * The lifecycle BPMN on a bare Camunda engine (same database kind, history level full), driven through the
 * engine API with no forms, no history of our own and no security: the yardstick for the application's overhead.
 */
final class BareEngineRun implements AutoCloseable {

    private final ProcessEngine engine;

    BareEngineRun(DataSource dataSource) {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setDataSource(dataSource);
        config.setDatabaseSchemaUpdate("true");
        config.setHistory("full");
        config.setJobExecutorActivate(false);
        config.setExpressionManager(new MockExpressionManager());
        config.setProcessEngineName("bare-" + System.nanoTime());
        engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addClasspathResource("processes/project-lifecycle.bpmn")
                .addClasspathResource("processes/review-cycle.bpmn")
                .deploy();
    }

    /** Registers the beans the BPMN calls; Mocks are thread-local, so every worker thread calls this. */
    void registerBeansForThisThread() {
        Mocks.register("lifecycleListener", new NoOpLifecycle());
        Mocks.register("stageOpenings", new AllOpen());
        Mocks.register("stageDeadlines", new NoDeadlines());
        Mocks.register("deadlineListener", new NoOpDeadlineListener());
        Mocks.register("scoreSelfEvaluationDelegate", (JavaDelegate) execution ->
                execution.setVariable(ProcessKeys.VAR_SCORING_PASSED, true));
    }

    /** One project through the whole year: three stages, every review approves, scored, published. */
    void walkOneYear(long projectId) {
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        String key = String.valueOf(projectId);
        runtime.startProcessInstanceByKey(ProcessKeys.LIFECYCLE, key,
                Map.of("projectId", projectId, "unitId", 1L, "departmentId", 2L, "year", 2030));
        for (int stage = 0; stage < 3; stage++) {
            Task task;
            while ((task = tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult()) != null
                    || scoreIfWaiting(key)) {
                if (task != null) {
                    String decision = ProcessKeys.TASK_FILL.equals(task.getTaskDefinitionKey()) ? "SUBMIT" : "APPROVE";
                    tasks.complete(task.getId(), Map.of("decision", decision));
                }
            }
        }
        runtime.createMessageCorrelation(ProcessKeys.MESSAGE_PUBLISHED).processInstanceBusinessKey(key).correlate();
    }

    private boolean scoreIfWaiting(String key) {
        ProcessInstance stage = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(key).processDefinitionKey(ProcessKeys.REVIEW_CYCLE).singleResult();
        Job job = stage == null ? null
                : engine.getManagementService().createJobQuery().processInstanceId(stage.getId()).singleResult();
        if (job == null) {
            return false;
        }
        engine.getManagementService().executeJob(job.getId());
        return true;
    }

    @Override
    public void close() {
        engine.close();
    }

    public static class NoOpLifecycle {
        public void onStep(DelegateExecution execution, String step) {
            // the bare engine keeps no project table
        }

        public void onWaiting(DelegateExecution execution, String stage) {
            // the bare engine keeps no project table
        }
    }

    /** Like a stage opened without a deadline in the application: the timers exist but lie far in the future. */
    public static class NoDeadlines {
        private static final Date FAR_FUTURE = Date.from(Instant.parse("2999-01-01T00:00:00Z"));

        public Date reminderAt(Integer year, String stage) {
            return FAR_FUTURE;
        }

        public Date overdueAt(Integer year, String stage) {
            return FAR_FUTURE;
        }

        public Date dueDate(Integer year, String stage) {
            return null;
        }
    }

    public static class NoOpDeadlineListener {
        public void remind(DelegateExecution execution) {
            // the timers never fire in the benchmark
        }

        public void flagOverdue(DelegateExecution execution) {
            // the timers never fire in the benchmark
        }
    }

    public static class AllOpen {
        public boolean isOpen(Integer year, String stage) {
            return true;
        }
    }
}
