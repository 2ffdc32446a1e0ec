package org.jixiao.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jixiao.notification.NotificationKind;
import org.jixiao.notification.Notifications;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.organisation.Role;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.Step;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Tells people about work: a new task goes to everyone of the task's organisation who may do it (through
 * Camunda's Spring event bridge, {@code camunda.bpm.eventing.task}); decisions on a form go back to the unit.
 */
@Component
public class TaskNotices {

    private static final Set<Role> DEPT_ROLES = EnumSet.of(Role.DEPT_REVIEWER);
    private static final Set<Role> FINANCE_ROLES = EnumSet.of(Role.FINANCE_REVIEWER);

    private final ProjectRepository projects;
    private final OrganisationRepository organisations;
    private final Notifications notifications;

    public TaskNotices(ProjectRepository projects, OrganisationRepository organisations, Notifications notifications) {
        this.projects = projects;
        this.organisations = organisations;
        this.notifications = notifications;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void onCreate(DelegateTask task) {
        Long projectId = (Long) task.getVariable(ProcessKeys.VAR_PROJECT_ID);
        // usually already in the persistence context of the completing transaction: no query
        Project project = projects.findById(projectId).orElseThrow();
        Step step = ProcessKeys.stepOf(task.getTaskDefinitionKey());
        String message = "新待办：《" + project.getName() + "》" + project.getStage().label() + " - " + step.label();
        CandidateGroups.of(task).forEach(group -> notifyGroup(group, projectId, message));
    }

    /** A review decision the unit must hear about: a return with its comment, or an approval. */
    void onDecision(Project project, Step step, Decision decision, String comment) {
        String subject = "《" + project.getName() + "》" + project.getStage().label();
        switch (decision) {
            case RETURN -> toUnit(project, NotificationKind.RETURNED,
                    subject + "被" + step.label() + "退回，意见：" + comment);
            case APPROVE -> toUnit(project, NotificationKind.APPROVED, subject + "已通过" + step.label() + "。");
            default -> {
                // submissions and withdrawals are the unit's own doing
            }
        }
    }

    private void toUnit(Project project, NotificationKind kind, String message) {
        notifications.toOrganisation(project.getUnit().getId(), Notifications.UNIT_ROLES, kind, project.getId(), message);
    }

    private void notifyGroup(String group, Long projectId, String message) {
        if (group.equals(CandidateGroups.FINANCE)) {
            organisations.findByTypeOrderByName(OrganisationType.FINANCE).forEach(finance ->
                    notifications.toOrganisation(finance.getId(), FINANCE_ROLES, NotificationKind.TASK_ASSIGNED,
                            projectId, message));
        } else if (group.startsWith(CandidateGroups.UNIT_PREFIX)) {
            notifications.toOrganisation(Long.valueOf(group.substring(CandidateGroups.UNIT_PREFIX.length())),
                    Notifications.UNIT_ROLES, NotificationKind.TASK_ASSIGNED, projectId, message);
        } else if (group.startsWith(CandidateGroups.DEPARTMENT_PREFIX)) {
            notifications.toOrganisation(Long.valueOf(group.substring(CandidateGroups.DEPARTMENT_PREFIX.length())),
                    DEPT_ROLES,
                    NotificationKind.TASK_ASSIGNED, projectId, message);
        }
    }
}
