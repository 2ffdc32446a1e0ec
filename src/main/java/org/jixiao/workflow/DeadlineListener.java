package org.jixiao.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jixiao.notification.NotificationKind;
import org.jixiao.notification.Notifications;
import org.jixiao.project.Actor;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.Stage;
import org.springframework.stereotype.Component;

/**
 * What the fill task's deadline timers do (review-cycle BPMN, {@code Event_ReminderDue} and {@code Event_Overdue}):
 * remind the unit before the deadline; after it, flag the project overdue and tell the unit.
 */
@Component("deadlineListener")
public class DeadlineListener {

    private final ProjectRepository projects;
    private final StageDeadlines deadlines;
    private final Notifications notifications;
    private final ProjectHistory history;

    public DeadlineListener(ProjectRepository projects, StageDeadlines deadlines, Notifications notifications,
                            ProjectHistory history) {
        this.projects = projects;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.history = history;
    }

    public void remind(DelegateExecution execution) {
        Integer year = (Integer) execution.getVariable(ProcessKeys.VAR_YEAR);
        String stage = (String) execution.getVariable(ProcessKeys.VAR_STAGE);
        // a form returned after the deadline re-creates the timers: the overdue one speaks for itself then
        if (deadlines.isPast(year, stage, ClockUtil.getCurrentTime())) {
            return;
        }
        Project project = project(execution);
        notifications.toOrganisation(project.getUnit().getId(), Notifications.UNIT_ROLES, NotificationKind.REMINDER,
                project.getId(), "《" + project.getName() + "》" + project.getStage().label() + "将于"
                        + deadlines.deadline(year, stage).orElseThrow() + "截止，请及时填报提交。");
    }

    public void flagOverdue(DelegateExecution execution) {
        Project project = project(execution);
        project.setOverdue(true);
        Stage stage = project.getStage();
        history.record(project.getId(), stage, HistoryAction.OVERDUE, null, Actor.SYSTEM);
        notifications.toOrganisation(project.getUnit().getId(), Notifications.UNIT_ROLES, NotificationKind.OVERDUE,
                project.getId(), "《" + project.getName() + "》" + stage.label() + "已超过截止日期，请尽快填报提交。");
    }

    private Project project(DelegateExecution execution) {
        Long projectId = (Long) execution.getVariable(ProcessKeys.VAR_PROJECT_ID);
        return projects.findWithOrganisations(projectId)
                .orElseThrow(() -> new IllegalStateException("process of unknown project " + projectId));
    }
}
