package org.jixiao.workflow;

import org.jixiao.project.Step;

/** Ids and variable names shared between the BPMN files in {@code processes/} and the code. */
public final class ProcessKeys {

    public static final String LIFECYCLE = "Process_ProjectLifecycle";
    public static final String REVIEW_CYCLE = "Process_ReviewCycle";

    public static final String TASK_FILL = "Task_Fill";
    public static final String TASK_DEPT_REVIEW = "Task_DeptReview";
    public static final String TASK_FINANCE_REVIEW = "Task_FinanceReview";
    public static final String TASK_SCORE = "Task_Score";
    public static final String EVENT_REMINDER_DUE = "Event_ReminderDue";
    public static final String EVENT_OVERDUE = "Event_Overdue";

    public static final String MESSAGE_MONITORING_OPENED = "MonitoringOpened";
    public static final String MESSAGE_SELF_EVALUATION_OPENED = "SelfEvaluationOpened";
    public static final String MESSAGE_PUBLISHED = "ProjectPublished";

    public static final String VAR_PROJECT_ID = "projectId";
    public static final String VAR_UNIT_ID = "unitId";
    public static final String VAR_DEPARTMENT_ID = "departmentId";
    public static final String VAR_YEAR = "year";
    public static final String VAR_STAGE = "stage";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_ADJUSTMENT_REQUESTED = "adjustmentRequested";
    public static final String VAR_SCORING_PASSED = "scoringPassed";

    private ProcessKeys() {
    }

    public static Step stepOf(String taskDefinitionKey) {
        return switch (taskDefinitionKey) {
            case TASK_FILL -> Step.FILL;
            case TASK_DEPT_REVIEW -> Step.DEPT_REVIEW;
            case TASK_FINANCE_REVIEW -> Step.FINANCE_REVIEW;
            default -> throw new IllegalArgumentException("not a user task of the review cycle: " + taskDefinitionKey);
        };
    }
}
