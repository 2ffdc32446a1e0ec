package org.jixiao.workflow;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.InvalidInputException;
import org.jixiao.common.NotFoundException;
import org.jixiao.organisation.Role;
import org.jixiao.project.Actor;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectCreated;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.ProjectLabel;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.ProjectService;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place that talks to the Camunda engine about projects: starting lifecycles, opening stages,
 * listing and completing tasks. Everything runs in the caller's Spring transaction, so a form saved with a
 * task completion commits or rolls back together with it.
 */
@Service
public class ProjectWorkflow {

    private static final Set<Decision> REVIEW_DECISIONS = EnumSet.of(Decision.APPROVE, Decision.RETURN);
    private static final String ALREADY_COMPLETED = "该任务已被他人办理，请刷新后查看";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ProjectRepository projects;
    private final ProjectService projectService;
    private final ProjectHistory history;
    private final StageOpeningRepository openings;
    private final List<TaskCompletionHook> hooks;
    private final StageDeadlines deadlines;
    private final TaskNotices notices;
    private final HistoryService engineHistory;
    private final TaskInbox inbox;
    private final OpenTaskLookup openTasks;

    public ProjectWorkflow(RuntimeService runtime, TaskService tasks, ProjectRepository projects,
                           ProjectService projectService, ProjectHistory history, StageOpeningRepository openings,
                           List<TaskCompletionHook> hooks, StageDeadlines deadlines, TaskNotices notices,
                           HistoryService engineHistory, TaskInbox inbox, OpenTaskLookup openTasks) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.projects = projects;
        this.projectService = projectService;
        this.history = history;
        this.openings = openings;
        this.hooks = hooks;
        this.deadlines = deadlines;
        this.notices = notices;
        this.engineHistory = engineHistory;
        this.inbox = inbox;
        this.openTasks = openTasks;
    }

    /** Every new project gets its lifecycle process in the creating transaction. */
    @EventListener
    public void start(ProjectCreated event) {
        Project project = projects.findWithOrganisations(event.projectId()).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessKeys.VAR_PROJECT_ID, project.getId());
        variables.put(ProcessKeys.VAR_UNIT_ID, project.getUnit().getId());
        variables.put(ProcessKeys.VAR_DEPARTMENT_ID, project.getDepartment().getId());
        variables.put(ProcessKeys.VAR_YEAR, project.getFiscalYear());
        ProcessInstance instance = runtime.startProcessInstanceByKey(ProcessKeys.LIFECYCLE,
                String.valueOf(project.getId()), variables);
        project.setProcessInstanceId(instance.getId());
    }

    /**
     * Finance opens a form stage for a whole year, optionally with a deadline. Monitoring and self-evaluation:
     * every instance of that year waiting for it moves on, and instances that arrive later skip the wait.
     * Declaration starts with each project anyway; opening it records the deadline. The deadline drives the
     * fill tasks' reminder and overdue timers, including those of tasks already open.
     */
    @Transactional
    public int openStage(int year, Stage stage, LocalDate deadline, CurrentUser user) {
        if (!user.has(Role.FINANCE_ADMIN)) {
            throw new ForbiddenException("只有财政局管理员可以开启阶段");
        }
        String message = switch (stage) {
            case DECLARATION -> null;
            case MONITORING -> ProcessKeys.MESSAGE_MONITORING_OPENED;
            case SELF_EVALUATION -> ProcessKeys.MESSAGE_SELF_EVALUATION_OPENED;
            default -> throw new InvalidInputException("stage", "只能开启绩效目标申报、绩效运行监控或绩效自评");
        };
        if (openings.existsByFiscalYearAndStage(year, stage)) {
            throw new ConflictException(year + "年度的" + stage.label() + "已经开启");
        }
        openings.saveAndFlush(new StageOpening(year, stage, deadline, user.getUsername()));
        Stage waiting = switch (stage) {
            case MONITORING -> Stage.WAITING_MONITORING;
            case SELF_EVALUATION -> Stage.WAITING_SELF_EVALUATION;
            default -> stage;
        };
        List<Long> waitingProjects = projects.findIdsByFiscalYearAndStage(year, waiting);
        Actor actor = Actor.of(user);
        String comment = deadline == null ? null : "截止日期 " + deadline;
        waitingProjects.forEach(id -> history.record(id, stage, HistoryAction.STAGE_OPENED, comment, actor));
        if (message != null) {
            runtime.createMessageCorrelation(message)
                    .processInstanceVariableEquals(ProcessKeys.VAR_YEAR, year)
                    .correlateAll();
        }
        if (deadline != null) {
            deadlines.applyToOpenFillTasks(year, stage);
        }
        return waitingProjects.size();
    }

    /**
     * Open tasks the user's organisation and roles may work on, oldest first. MySQL keeps task times to the second,
     * so the id breaks ties: pages neither repeat nor skip a task.
     */
    @Transactional(readOnly = true)
    public List<TaskView> openTasks(CurrentUser user) {
        List<String> groups = CandidateGroups.of(user);
        if (groups.isEmpty()) {
            return List.of();
        }
        return toViews(tasks.createTaskQuery().active().taskCandidateGroupIn(groups).includeAssignedTasks()
                .orderByTaskCreateTime().asc().orderByTaskId().asc().list());
    }

    /**
     * One page of {@link #openTasks(CurrentUser)}, for lists that may hold thousands of tasks: the page's ids from
     * the {@link TaskInbox} index, the tasks themselves from the engine.
     */
    @Transactional(readOnly = true)
    public TaskPage openTasks(CurrentUser user, int page, int size) {
        List<String> groups = CandidateGroups.of(user);
        if (groups.isEmpty()) {
            return new TaskPage(List.of(), 0);
        }
        // a person acts for one organisation, a unit, a department or the finance bureau: one group
        TaskInbox.Page ids = inbox.page(groups.get(0), page, size);
        if (ids.projectByTask().isEmpty()) {
            return new TaskPage(List.of(), ids.total());
        }
        Map<String, Task> byId = openTasks.visibleTasks(ids.projectByTask().keySet(), groups).stream()
                .collect(Collectors.toMap(Task::getId, Function.identity()));
        // in the index's order; a task ended since the index was read is left out
        List<Task> found = ids.projectByTask().keySet().stream().filter(byId::containsKey).map(byId::get).toList();
        return new TaskPage(toViews(found, ids.projectByTask()), ids.total());
    }

    public record TaskPage(List<TaskView> tasks, long total) {
    }

    /** The task if the user may work on it; another organisation's task is "not found". */
    @Transactional(readOnly = true)
    public TaskView find(String taskId, CurrentUser user) {
        return toViews(List.of(visibleTask(taskId, user))).get(0);
    }

    @Transactional
    public void claim(String taskId, CurrentUser user) {
        Task task = visibleTask(taskId, user);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.getUsername())) {
            throw new ConflictException("任务已被 " + task.getAssignee() + " 签收");
        }
        try {
            tasks.claim(taskId, user.getUsername());
        } catch (OptimisticLockingException | org.camunda.bpm.engine.TaskAlreadyClaimedException e) {
            throw new ConflictException("任务已被他人签收");
        }
        Project project = projectOf(task);
        history.record(project.getId(), project.getStage(), HistoryAction.CLAIMED, null, Actor.of(user));
    }

    /**
     * Completes a task with a decision and comment: checks the decision fits the step, lets the features'
     * hooks check and save their part, writes the history, and moves the process on, all in one transaction.
     */
    @Transactional
    public void complete(String taskId, Decision decision, String comment, CurrentUser user) {
        Task task = taskToComplete(taskId, user);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.getUsername())) {
            throw new ConflictException("任务已被 " + task.getAssignee() + " 签收，不能由他人办理");
        }
        Long projectId = projectIdOf(task);
        projects.lockById(projectId);
        // whoever held the lock before may have completed this very task
        if (!openTasks.isOpen(taskId)) {
            throw new ConflictException(ALREADY_COMPLETED);
        }
        Project project = projects.findWithOrganisations(projectId).orElseThrow();
        Step step = ProcessKeys.stepOf(task.getTaskDefinitionKey());
        checkDecision(project.getStage(), step, decision, comment);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessKeys.VAR_DECISION, decision.name());
        CompletingTask completing = new CompletingTask(taskId, project, step, decision, comment, user);
        hooks.forEach(hook -> hook.beforeComplete(completing, variables));
        history.record(project.getId(), project.getStage(), actionOf(decision), comment, Actor.of(user));
        project.setReturned(decision == Decision.RETURN);
        if (decision == Decision.SUBMIT) {
            project.setOverdue(false);
        }
        notices.onDecision(project, step, decision, comment);
        completeInEngine(taskId, variables);
    }

    /** The unit pulls its submission back while the department has not yet claimed the review. */
    @Transactional
    public void withdraw(Long projectId, CurrentUser user) {
        Project project = projectService.findVisible(projectId, user);
        if (!user.isUnit() || !user.has(Role.UNIT_FILLER)) {
            throw new ForbiddenException("只有实施单位经办人可以撤回");
        }
        projects.lockById(projectId);
        Task review = tasks.createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(projectId))
                .taskDefinitionKey(ProcessKeys.TASK_DEPT_REVIEW)
                .singleResult();
        if (review == null) {
            throw new ConflictException("当前没有可撤回的提交");
        }
        if (review.getAssignee() != null) {
            throw new ConflictException("主管部门已开始审核，不能撤回");
        }
        history.record(projectId, project.getStage(), HistoryAction.WITHDRAWN, null, Actor.of(user));
        completeInEngine(review.getId(), Map.of(ProcessKeys.VAR_DECISION, Decision.WITHDRAW.name()));
    }

    /**
     * Finance publishes a project waiting for publication: its process ends as published. A historical project
     * recorded by import has no process; it simply becomes published.
     */
    @Transactional
    public void publish(Long projectId) {
        Project project = projects.findById(projectId).orElseThrow();
        if (project.getProcessInstanceId() == null) {
            project.moveTo(Stage.PUBLISHED, null);
            return;
        }
        runtime.createMessageCorrelation(ProcessKeys.MESSAGE_PUBLISHED)
                .processInstanceBusinessKey(String.valueOf(projectId))
                .correlateWithResult();
    }

    private static void checkDecision(Stage stage, Step step, Decision decision, String comment) {
        boolean allowed = switch (step) {
            case FILL -> decision == Decision.SUBMIT;
            case DEPT_REVIEW -> REVIEW_DECISIONS.contains(decision);
            case FINANCE_REVIEW -> REVIEW_DECISIONS.contains(decision)
                    || (decision == Decision.REJECT && stage == Stage.DECLARATION);
            case SCORING -> false;
        };
        if (!allowed) {
            throw new InvalidInputException("decision", "“" + step.label() + "”环节不能选择“" + decision.label() + "”");
        }
        if ((decision == Decision.RETURN || decision == Decision.REJECT) && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("comment", decision.label() + "时必须填写意见");
        }
        if (comment != null && comment.length() > 2000) {
            throw new InvalidInputException("comment", "意见不能超过2000字");
        }
    }

    private static HistoryAction actionOf(Decision decision) {
        return switch (decision) {
            case SUBMIT -> HistoryAction.SUBMITTED;
            case APPROVE -> HistoryAction.APPROVED;
            case RETURN -> HistoryAction.RETURNED;
            case REJECT -> HistoryAction.REJECTED;
            case WITHDRAW -> HistoryAction.WITHDRAWN;
        };
    }

    private void completeInEngine(String taskId, Map<String, Object> variables) {
        try {
            tasks.complete(taskId, variables);
        } catch (OptimisticLockingException | org.camunda.bpm.engine.exception.NullValueException e) {
            throw new ConflictException(ALREADY_COMPLETED);
        } catch (ProcessEngineException e) {
            if (concurrentChange(e)) {
                throw new ConflictException(ALREADY_COMPLETED);
            }
            throw e;
        }
    }

    /**
     * The open task, or 409 when one of the user's groups had it and it was completed meanwhile (a colleague, a
     * second click, another node): the user may see that it is done, just not do it twice.
     */
    private Task taskToComplete(String taskId, CurrentUser user) {
        try {
            return visibleTask(taskId, user);
        } catch (NotFoundException e) {
            boolean completedInUsersGroup = CandidateGroups.of(user).stream().anyMatch(group ->
                    engineHistory.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                            .taskHadCandidateGroup(group).count() > 0);
            if (completedInUsersGroup) {
                throw new ConflictException(ALREADY_COMPLETED);
            }
            throw e;
        }
    }

    /**
     * Whether a failure inside the engine is a write of ours that lost against a concurrent one, e.g. the
     * form row flushed by a task listener after another completion changed it.
     */
    private static boolean concurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.StaleStateException || t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.springframework.dao.OptimisticLockingFailureException
                    || t instanceof org.springframework.dao.PessimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the person may work on the open task (one of their groups is among its candidates). */
    boolean canWorkOn(String taskId, CurrentUser user) {
        return openTasks.visibleTask(taskId, CandidateGroups.of(user)).isPresent();
    }

    Task visibleTask(String taskId, CurrentUser user) {
        return openTasks.visibleTask(taskId, CandidateGroups.of(user))
                .orElseThrow(() -> new NotFoundException("任务不存在、已办结或无权办理"));
    }

    Project projectOf(Task task) {
        return projects.findWithOrganisations(projectIdOf(task)).orElseThrow();
    }

    private Long projectIdOf(Task task) {
        // none: a concurrent completion ended the task's process between our two reads
        ProcessInstance instance = openTasks.processInstance(task.getProcessInstanceId())
                .orElseThrow(() -> new ConflictException(ALREADY_COMPLETED));
        return Long.valueOf(instance.getBusinessKey());
    }

    /** Three queries whatever the number of tasks: tasks, their process instances, their projects. */
    private List<TaskView> toViews(List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Long> projectIdByInstance = runtime.createProcessInstanceQuery()
                .processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, pi -> Long.valueOf(pi.getBusinessKey())));
        // a task whose process a concurrent completion ended between these reads is no longer open: left out
        Map<String, Long> projectIdByTask = new HashMap<>();
        found.stream().filter(task -> projectIdByInstance.containsKey(task.getProcessInstanceId()))
                .forEach(task -> projectIdByTask.put(task.getId(), projectIdByInstance.get(task.getProcessInstanceId())));
        return toViews(found, projectIdByTask);
    }

    /** The tasks with their projects (one query), given which project each task belongs to. */
    private List<TaskView> toViews(List<Task> found, Map<String, Long> projectIdByTask) {
        if (projectIdByTask.isEmpty()) {
            return List.of();
        }
        Map<Long, ProjectLabel> projectById = projects.findLabelsByIdIn(Set.copyOf(projectIdByTask.values())).stream()
                .collect(Collectors.toMap(ProjectLabel::id, Function.identity()));
        return found.stream().filter(task -> projectById.containsKey(projectIdByTask.get(task.getId())))
                .map(task -> {
            ProjectLabel p = projectById.get(projectIdByTask.get(task.getId()));
            return new TaskView(task.getId(), p.id(), p.name(), p.fiscalYear(), p.departmentName(), p.unitName(),
                    p.stage(), ProcessKeys.stepOf(task.getTaskDefinitionKey()), task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getAssignee(), p.returned());
        }).toList();
    }
}
