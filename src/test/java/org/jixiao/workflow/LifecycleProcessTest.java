package org.jixiao.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Walks every path of the lifecycle and review-cycle BPMN on a bare in-memory engine, with the Spring beans
 * the models call replaced by recording fakes.
 */
@Deployment(resources = {"processes/project-lifecycle.bpmn", "processes/review-cycle.bpmn"})
class LifecycleProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private final RecordingLifecycle lifecycle = new RecordingLifecycle();
    private final OpenStages openStages = new OpenStages();
    private final FakeScoring scoring = new FakeScoring();

    @BeforeEach
    void registerBeans() {
        // Spring-context tests in the same JVM register engines of their own: bind the assertions to ours.
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("lifecycleListener", lifecycle);
        Mocks.register("stageOpenings", openStages);
        Mocks.register("scoreSelfEvaluationDelegate", scoring);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void declarationApprovedByBothReviewsThenWaitsForMonitoring() {
        ProcessInstance pi = start();
        ProcessInstance declaration = calledProcessInstance(pi);
        assertThat(declaration).isWaitingAt(ProcessKeys.TASK_FILL);
        assertThat(task(declaration)).hasCandidateGroup("unit-11");

        complete(task(declaration), withVariables("decision", "SUBMIT"));
        assertThat(declaration).isWaitingAt(ProcessKeys.TASK_DEPT_REVIEW);
        assertThat(task(declaration)).hasCandidateGroup("dept-10");

        complete(task(declaration), withVariables("decision", "APPROVE"));
        assertThat(declaration).isWaitingAt(ProcessKeys.TASK_FINANCE_REVIEW);
        assertThat(task(declaration)).hasCandidateGroup("finance");

        complete(task(declaration), withVariables("decision", "APPROVE"));
        assertThat(declaration).isEnded();
        assertThat(pi).isWaitingAt("Event_MonitoringOpened");
        assertThat(lifecycle.positions).containsExactly("DECLARATION/FILL", "DECLARATION/DEPT_REVIEW",
                "DECLARATION/FINANCE_REVIEW", "WAITING_MONITORING");
    }

    @Test
    void departmentReturnSendsTheFormBackToTheUnit() {
        ProcessInstance declaration = calledProcessInstance(start());
        complete(task(declaration), withVariables("decision", "SUBMIT"));
        complete(task(declaration), withVariables("decision", "RETURN"));
        assertThat(declaration).isWaitingAt(ProcessKeys.TASK_FILL);
        assertThat(declaration).hasPassedInOrder(ProcessKeys.TASK_FILL, ProcessKeys.TASK_DEPT_REVIEW, "Gateway_FillJoin");
    }

    @Test
    void financeReturnSendsTheFormBackToTheUnit() {
        ProcessInstance declaration = calledProcessInstance(start());
        complete(task(declaration), withVariables("decision", "SUBMIT"));
        complete(task(declaration), withVariables("decision", "APPROVE"));
        complete(task(declaration), withVariables("decision", "RETURN"));
        assertThat(declaration).isWaitingAt(ProcessKeys.TASK_FILL);
    }

    @Test
    void withdrawnSubmissionReturnsToTheUnit() {
        ProcessInstance declaration = calledProcessInstance(start());
        complete(task(declaration), withVariables("decision", "SUBMIT"));
        complete(task(declaration), withVariables("decision", "WITHDRAW"));
        assertThat(declaration).isWaitingAt(ProcessKeys.TASK_FILL);
    }

    @Test
    void financeRejectionOfTheDeclarationEndsTheLifecycle() {
        ProcessInstance pi = start();
        ProcessInstance declaration = calledProcessInstance(pi);
        complete(task(declaration), withVariables("decision", "SUBMIT"));
        complete(task(declaration), withVariables("decision", "APPROVE"));
        complete(task(declaration), withVariables("decision", "REJECT"));
        assertThat(pi).isEnded().hasPassed("EndEvent_DeclarationRejected");
        assertThat(lifecycle.positions).endsWith("REJECTED");
    }

    @Test
    void monitoringWithoutAdjustmentNeedsNoFinanceReview() {
        ProcessInstance pi = approvedDeclaration();
        correlate(ProcessKeys.MESSAGE_MONITORING_OPENED);
        ProcessInstance monitoring = calledProcessInstance(pi);
        assertThat(monitoring).isWaitingAt(ProcessKeys.TASK_FILL);
        complete(task(monitoring), withVariables("decision", "SUBMIT", "adjustmentRequested", false));
        complete(task(monitoring), withVariables("decision", "APPROVE"));
        assertThat(monitoring).isEnded().hasNotPassed(ProcessKeys.TASK_FINANCE_REVIEW);
        assertThat(pi).isWaitingAt("Event_SelfEvaluationOpened");
    }

    @Test
    void monitoringWithAdjustmentGoesToFinance() {
        ProcessInstance pi = approvedDeclaration();
        correlate(ProcessKeys.MESSAGE_MONITORING_OPENED);
        ProcessInstance monitoring = calledProcessInstance(pi);
        complete(task(monitoring), withVariables("decision", "SUBMIT", "adjustmentRequested", true));
        complete(task(monitoring), withVariables("decision", "APPROVE"));
        assertThat(monitoring).isWaitingAt(ProcessKeys.TASK_FINANCE_REVIEW);
        complete(task(monitoring), withVariables("decision", "APPROVE"));
        assertThat(pi).isWaitingAt("Event_SelfEvaluationOpened");
    }

    @Test
    void aStageAlreadyOpenIsNotWaitedFor() {
        openStages.open.add("MONITORING");
        ProcessInstance pi = approvedDeclaration();
        assertThat(pi).hasNotPassed("Event_MonitoringOpened").isWaitingAt("CallActivity_Monitoring");
    }

    @Test
    void selfEvaluationIsScoredThenReviewedThenPublished() {
        ProcessInstance pi = inSelfEvaluation();
        ProcessInstance evaluation = calledProcessInstance(pi);
        complete(task(evaluation), withVariables("decision", "SUBMIT"));
        assertThat(evaluation).isWaitingAt(ProcessKeys.TASK_SCORE);
        execute(job(evaluation));
        assertThat(scoring.calls).isEqualTo(1);
        assertThat(evaluation).isWaitingAt(ProcessKeys.TASK_DEPT_REVIEW);
        complete(task(evaluation), withVariables("decision", "APPROVE"));
        complete(task(evaluation), withVariables("decision", "APPROVE"));
        assertThat(pi).isWaitingAt("Event_Published");
        correlate(ProcessKeys.MESSAGE_PUBLISHED);
        assertThat(pi).isEnded().hasPassed("EndEvent_Published");
        assertThat(lifecycle.positions).endsWith("WAITING_PUBLICATION", "PUBLISHED");
    }

    @Test
    void scoringProblemsSendTheSelfEvaluationBackToTheUnit() {
        scoring.passes = false;
        ProcessInstance evaluation = calledProcessInstance(inSelfEvaluation());
        complete(task(evaluation), withVariables("decision", "SUBMIT"));
        execute(job(evaluation));
        assertThat(evaluation).isWaitingAt(ProcessKeys.TASK_FILL);
    }

    @Test
    void failingScoringIsRetriedAndEndsInAnIncident() {
        scoring.failure = new IllegalStateException("scoring broke");
        ProcessInstance evaluation = calledProcessInstance(inSelfEvaluation());
        complete(task(evaluation), withVariables("decision", "SUBMIT"));
        ProcessEngine processEngine = engine.getProcessEngine();
        for (int attempt = 0; attempt < 3; attempt++) {
            Job job = job(evaluation);
            try {
                processEngine.getManagementService().executeJob(job.getId());
            } catch (IllegalStateException expected) {
                // each failure is taken by the engine as one retry
            }
        }
        assertThat(job(evaluation).getRetries()).isZero();
        List<Incident> incidents = processEngine.getRuntimeService().createIncidentQuery()
                .processInstanceId(evaluation.getId()).list();
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).getIncidentMessage()).contains("scoring broke");
        assertThat(scoring.calls).isEqualTo(3);
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.LIFECYCLE, "42",
                Map.of("projectId", 42L, "unitId", 11L, "departmentId", 10L, "year", 2026));
    }

    private ProcessInstance approvedDeclaration() {
        ProcessInstance pi = start();
        ProcessInstance declaration = calledProcessInstance(pi);
        complete(task(declaration), withVariables("decision", "SUBMIT"));
        complete(task(declaration), withVariables("decision", "APPROVE"));
        complete(task(declaration), withVariables("decision", "APPROVE"));
        return pi;
    }

    private ProcessInstance inSelfEvaluation() {
        openStages.open.add("MONITORING");
        openStages.open.add("SELF_EVALUATION");
        ProcessInstance pi = approvedDeclaration();
        ProcessInstance monitoring = calledProcessInstance(pi);
        complete(task(monitoring), withVariables("decision", "SUBMIT"));
        complete(task(monitoring), withVariables("decision", "APPROVE"));
        assertThat(pi).isWaitingAt("CallActivity_SelfEvaluation");
        return pi;
    }

    private void correlate(String message) {
        engine.getRuntimeService().createMessageCorrelation(message)
                .processInstanceVariableEquals("year", 2026).correlateAll();
    }

    /** Stands in for {@link LifecycleListener}: records the positions the model reports. */
    public static class RecordingLifecycle {
        final List<String> positions = new ArrayList<>();

        public void onStep(DelegateExecution execution, String step) {
            positions.add(execution.getVariable("stage") + "/" + step);
        }

        public void onWaiting(DelegateExecution execution, String stage) {
            positions.add(stage);
        }
    }

    /** Stands in for {@link StageOpenings}. */
    public static class OpenStages {
        final Set<String> open = new HashSet<>();

        public boolean isOpen(Integer year, String stage) {
            return open.contains(stage);
        }
    }

    /** Stands in for {@link ScoreSelfEvaluationDelegate}. */
    static class FakeScoring implements JavaDelegate {
        boolean passes = true;
        RuntimeException failure;
        int calls;

        @Override
        public void execute(DelegateExecution execution) {
            calls++;
            if (failure != null) {
                throw failure;
            }
            execution.setVariable("scoringPassed", passes);
        }
    }
}
