package org.jixiao.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.InvalidInputException;
import org.jixiao.notification.NotificationKind;
import org.jixiao.notification.Notifications;
import org.jixiao.notification.Recipient;
import org.jixiao.organisation.AppUser;
import org.jixiao.organisation.AppUserRepository;
import org.jixiao.organisation.Role;
import org.jixiao.project.Actor;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.ProjectService;
import org.jixiao.project.Step;
import org.jixiao.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;

/**
 * The process operations Camunda 7 CE allows beyond completing: transfer a task to a colleague, delegate it and
 * get it back, and a finance admin's jump of a stuck project back to an earlier step. Each is in the history.
 */
@Service
public class TaskOperations {

    private final ProjectWorkflow workflow;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AppUserRepository users;
    private final ProjectService projectService;
    private final ProjectHistory history;
    private final Notifications notifications;

    public TaskOperations(ProjectWorkflow workflow, TaskService tasks, RuntimeService runtime, AppUserRepository users,
                          ProjectService projectService, ProjectHistory history, Notifications notifications) {
        this.workflow = workflow;
        this.tasks = tasks;
        this.runtime = runtime;
        this.users = users;
        this.projectService = projectService;
        this.history = history;
        this.notifications = notifications;
    }

    /** 转办: the task now belongs to a colleague of the same organisation who may do it. */
    @Transactional
    public void transfer(String taskId, String toUsername, CurrentUser user) {
        Task task = ownTask(taskId, user);
        AppUser colleague = colleague(taskId, toUsername, user);
        tasks.setAssignee(taskId, colleague.getUsername());
        recordAndTell(task, HistoryAction.TRANSFERRED, colleague, user);
    }

    /** 委派: a colleague works on the task and hands it back with {@link #resolve}; the caller stays its owner. */
    @Transactional
    public void delegate(String taskId, String toUsername, CurrentUser user) {
        Task task = ownTask(taskId, user);
        AppUser colleague = colleague(taskId, toUsername, user);
        if (task.getAssignee() == null) {
            tasks.setAssignee(taskId, user.getUsername());
        }
        tasks.delegateTask(taskId, colleague.getUsername());
        recordAndTell(task, HistoryAction.DELEGATED, colleague, user);
    }

    /** The delegate hands the task back to its owner. */
    @Transactional
    public void resolve(String taskId, CurrentUser user) {
        Task task = workflow.visibleTask(taskId, user);
        if (task.getDelegationState() != DelegationState.PENDING || !user.getUsername().equals(task.getAssignee())) {
            throw new ConflictException("该任务不是委派给您的任务");
        }
        tasks.resolveTask(taskId);
        Project project = workflow.projectOf(task);
        history.record(project.getId(), project.getStage(), HistoryAction.RESOLVED, "交回 " + task.getOwner(),
                Actor.of(user));
    }

    /**
     * A finance admin sends a project of a form stage back to the unit's filling or the department's review,
     * whatever step it is stuck in (including a failed scoring job): the current steps are cancelled.
     */
    @Transactional
    public void jump(Long projectId, Step step, String comment, CurrentUser user) {
        if (!user.has(Role.FINANCE_ADMIN)) {
            throw new ForbiddenException("只有财政局管理员可以退回到指定环节");
        }
        Project project = projectService.findVisible(projectId, user);
        String target = switch (step) {
            case FILL -> ProcessKeys.TASK_FILL;
            case DEPT_REVIEW -> ProcessKeys.TASK_DEPT_REVIEW;
            default -> throw new InvalidInputException("step", "只能退回到单位填报或主管部门审核环节");
        };
        ProcessInstance cycle = project.getProcessInstanceId() == null ? null : runtime.createProcessInstanceQuery()
                .superProcessInstanceId(project.getProcessInstanceId()).singleResult();
        if (cycle == null) {
            throw new ConflictException("项目当前不在填报审核中");
        }
        ActivityInstance tree = runtime.getActivityInstance(cycle.getId());
        if (Arrays.stream(tree.getChildActivityInstances()).anyMatch(a -> a.getActivityId().equals(target))) {
            throw new ConflictException("项目已处于“" + step.label() + "”环节");
        }
        // start the target first: cancelling the last activity first would end the instance
        ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(cycle.getId())
                .startBeforeActivity(target);
        for (ActivityInstance current : tree.getChildActivityInstances()) {
            modification.cancelActivityInstance(current.getId());
        }
        for (TransitionInstance current : tree.getChildTransitionInstances()) {
            modification.cancelTransitionInstance(current.getId());
        }
        history.record(project.getId(), project.getStage(), HistoryAction.JUMPED,
                "退回到“" + step.label() + "”" + (comment == null || comment.isBlank() ? "" : "：" + comment.strip()),
                Actor.of(user));
        project.setReturned(step == Step.FILL);
        modification.execute();
    }

    /** The task, if the caller may hand it on: claimed by the caller, or not claimed by anyone. */
    private Task ownTask(String taskId, CurrentUser user) {
        Task task = workflow.visibleTask(taskId, user);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.getUsername())) {
            throw new ConflictException("任务已被 " + task.getAssignee() + " 签收，不能由他人转交");
        }
        return task;
    }

    /** Someone else of the caller's own organisation whose roles let them work on this task. */
    private AppUser colleague(String taskId, String username, CurrentUser user) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("toUser", "请选择同事");
        }
        AppUser colleague = users.findByUsername(username)
                .filter(AppUser::isEnabled)
                .filter(u -> u.getOrganisation().getId() == user.organisationId())
                .filter(u -> !u.getUsername().equals(user.getUsername()))
                .filter(u -> workflow.canWorkOn(taskId, CurrentUser.of(u)))
                .orElseThrow(() -> new InvalidInputException("toUser", "只能交给本单位有相应权限的其他同事"));
        return colleague;
    }

    private void recordAndTell(Task task, HistoryAction action, AppUser colleague, CurrentUser user) {
        Project project = workflow.projectOf(task);
        history.record(project.getId(), project.getStage(), action,
                action.label() + "给 " + colleague.getDisplayName(), Actor.of(user));
        notifications.toUser(new Recipient(colleague.getId(), colleague.getEmail()), NotificationKind.TASK_ASSIGNED, project.getId(),
                user.displayName() + action.label() + "给您：《" + project.getName() + "》" + project.getStage().label()
                        + " - " + ProcessKeys.stepOf(task.getTaskDefinitionKey()).label());
    }
}
