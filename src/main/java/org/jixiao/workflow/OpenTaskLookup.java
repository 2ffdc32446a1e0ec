package org.jixiao.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Open tasks and their process instances read by id, on every task list page and task completion. These are
 * Camunda native queries: a {@code TaskQuery} builds its SQL from a mapping of hundreds of optional conditions,
 * each evaluated on every call, and that costs several times the CPU of the few rows read here (see
 * docs/performance.md). The conditions are those of {@code createTaskQuery().active().taskCandidateGroupIn(groups)
 * .includeAssignedTasks()}: an active task with a candidate link to one of the groups, claimed or not.
 */
@Component
class OpenTaskLookup {

    private static final String VISIBLE_TASKS = """
            select RES.* from ACT_RU_TASK RES
            where RES.ID_ in (%s) and RES.SUSPENSION_STATE_ = 1
              and exists (select 1 from ACT_RU_IDENTITYLINK I
                          where I.TASK_ID_ = RES.ID_ and I.TYPE_ = #{candidate} and I.GROUP_ID_ in (%s))""";

    private final TaskService tasks;
    private final RuntimeService runtime;

    OpenTaskLookup(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** The open, active task if one of the groups is among its candidates. */
    Optional<Task> visibleTask(String taskId, List<String> groups) {
        return visibleTasks(List.of(taskId), groups).stream().findFirst();
    }

    /** Those of the tasks that are open, active and have one of the groups among their candidates, in no order. */
    List<Task> visibleTasks(Collection<String> taskIds, List<String> groups) {
        if (taskIds.isEmpty() || groups.isEmpty()) {
            return List.of();
        }
        NativeTaskQuery query = tasks.createNativeTaskQuery()
                .sql(VISIBLE_TASKS.formatted(placeholders("task", taskIds.size()), placeholders("group", groups.size())))
                .parameter("candidate", IdentityLinkType.CANDIDATE);
        int i = 0;
        for (String id : taskIds) {
            query.parameter("task" + i++, id);
        }
        for (int g = 0; g < groups.size(); g++) {
            query.parameter("group" + g, groups.get(g));
        }
        return query.list();
    }

    /** Whether the task is still open, whoever may do it. */
    boolean isOpen(String taskId) {
        return tasks.createNativeTaskQuery().sql("select count(*) from ACT_RU_TASK where ID_ = #{task}")
                .parameter("task", taskId).count() > 0;
    }

    /** The running process instance, with its business key (the project id). */
    Optional<ProcessInstance> processInstance(String processInstanceId) {
        return Optional.ofNullable(runtime.createNativeProcessInstanceQuery()
                .sql("select RES.* from ACT_RU_EXECUTION RES where RES.ID_ = #{instance} and RES.PROC_INST_ID_ = RES.ID_")
                .parameter("instance", processInstanceId).singleResult());
    }

    private static String placeholders(String prefix, int count) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append("#{").append(prefix).append(i).append('}');
        }
        return sql.toString();
    }
}
