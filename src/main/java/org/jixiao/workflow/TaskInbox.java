package org.jixiao.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The task list's index of open tasks (table {@code open_task}): which candidate groups may do which task, in
 * creation order. Kept in the engine's transaction from Camunda's task events, so it commits or rolls back with
 * the task itself. A page of a group's tasks is an index range instead of a sort of all of the group's tasks.
 * Tasks are still read from the engine by id, so the engine stays the authority on what is open.
 */
@Component
public class TaskInbox {

    private static final Logger log = LoggerFactory.getLogger(TaskInbox.class);

    private final NamedParameterJdbcTemplate jdbc;

    public TaskInbox(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of tasks (id and project), oldest first (ties by id), and how many tasks the group has in all. */
    public record Page(Map<String, Long> projectByTask, long total) {
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void onCreate(DelegateTask task) {
        for (String group : CandidateGroups.of(task)) {
            jdbc.update("""
                    insert into open_task (task_id, candidate_group, created_at, project_id)
                    values (:task, :group, :created, :project)""",
                    new MapSqlParameterSource("task", task.getId()).addValue("group", group)
                            .addValue("created", new Timestamp(task.getCreateTime().getTime()))
                            .addValue("project", task.getVariable(ProcessKeys.VAR_PROJECT_ID)));
        }
    }

    /** Completed, or deleted with its process or by an interrupting event. */
    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "' or #task.eventName == '"
            + TaskListener.EVENTNAME_DELETE + "'")
    public void onEnd(DelegateTask task) {
        jdbc.update("delete from open_task where task_id = :task", new MapSqlParameterSource("task", task.getId()));
    }

    /**
     * A page of the tasks of a candidate group. Equality on the group lets the index on (group, creation, id) hand
     * out the page in order and stop after it, and count the group's tasks without reading them.
     */
    public Page page(String group, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource("group", group)
                .addValue("limit", size).addValue("offset", (long) page * size);
        Long total = jdbc.queryForObject("select count(*) from open_task where candidate_group = :group",
                params, Long.class);
        // the group leads the order by, or H2 sorts instead of reading the index in order
        Map<String, Long> projectByTask = new LinkedHashMap<>();
        jdbc.query("""
                select task_id, project_id from open_task where candidate_group = :group
                order by candidate_group, created_at, task_id
                limit :limit offset :offset""", params,
                (ResultSet rs) -> {
                    projectByTask.put(rs.getString("task_id"), rs.getLong("project_id"));
                });
        return new Page(projectByTask, total == null ? 0 : total);
    }

    /**
     * Brings the index in line with the engine's open tasks at start-up: the tasks of a database that predates the
     * index, and tasks ended with their listeners skipped (e.g. an instance deleted in the Camunda admin pages).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void reconcile() {
        MapSqlParameterSource params = new MapSqlParameterSource("projectVariable", ProcessKeys.VAR_PROJECT_ID);
        int removed = jdbc.update("""
                delete from open_task
                where not exists (select 1 from ACT_RU_TASK t where t.ID_ = open_task.task_id)""", params);
        try {
            int added = jdbc.update("""
                    insert into open_task (task_id, candidate_group, created_at, project_id)
                    select t.ID_, i.GROUP_ID_, t.CREATE_TIME_, v.LONG_
                    from ACT_RU_TASK t join ACT_RU_IDENTITYLINK i on i.TASK_ID_ = t.ID_
                    join ACT_RU_VARIABLE v on v.PROC_INST_ID_ = t.PROC_INST_ID_ and v.NAME_ = :projectVariable
                      and v.EXECUTION_ID_ = t.PROC_INST_ID_
                    where i.TYPE_ = 'candidate' and i.GROUP_ID_ is not null
                      and not exists (select 1 from open_task o where o.task_id = t.ID_ and o.candidate_group = i.GROUP_ID_)
                    """, params);
            if (removed + added > 0) {
                log.info("Task list index reconciled with the engine: {} rows added, {} removed", added, removed);
            }
        } catch (DuplicateKeyException e) {
            // another node starting at the same moment added them
            log.info("Task list index reconciled by another node meanwhile");
        }
    }
}
