package org.jixiao.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.List;

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

    /** A page of task ids, oldest first (ties by id), and how many tasks the groups have in all. */
    public record Page(List<String> taskIds, long total) {
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void onCreate(DelegateTask task) {
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                jdbc.update("insert into open_task (task_id, candidate_group, created_at) values (:task, :group, :created)",
                        new MapSqlParameterSource("task", task.getId()).addValue("group", link.getGroupId())
                                .addValue("created", new Timestamp(task.getCreateTime().getTime())));
            }
        }
    }

    /** Completed, or deleted with its process or by an interrupting event. */
    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "' or #task.eventName == '"
            + TaskListener.EVENTNAME_DELETE + "'")
    public void onEnd(DelegateTask task) {
        jdbc.update("delete from open_task where task_id = :task", new MapSqlParameterSource("task", task.getId()));
    }

    /**
     * A page of the tasks of these candidate groups. A person has one group at most ({@link CandidateGroups}), so
     * no task comes twice, and the index on (group, creation, id) hands out the page without sorting.
     */
    public Page page(List<String> groups, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource("groups", groups)
                .addValue("limit", size).addValue("offset", (long) page * size);
        Long total = jdbc.queryForObject("select count(*) from open_task where candidate_group in (:groups)",
                params, Long.class);
        List<String> ids = jdbc.queryForList("""
                select task_id from open_task where candidate_group in (:groups)
                order by created_at, task_id
                limit :limit offset :offset""", params, String.class);
        return new Page(ids, total == null ? 0 : total);
    }

    /**
     * Brings the index in line with the engine's open tasks at start-up: the tasks of a database that predates the
     * index, and tasks ended with their listeners skipped (e.g. an instance deleted in the Camunda admin pages).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void reconcile() {
        MapSqlParameterSource none = new MapSqlParameterSource();
        int removed = jdbc.update("""
                delete from open_task
                where not exists (select 1 from ACT_RU_TASK t where t.ID_ = open_task.task_id)""", none);
        try {
            int added = jdbc.update("""
                    insert into open_task (task_id, candidate_group, created_at)
                    select t.ID_, i.GROUP_ID_, t.CREATE_TIME_
                    from ACT_RU_TASK t join ACT_RU_IDENTITYLINK i on i.TASK_ID_ = t.ID_
                    where i.TYPE_ = 'candidate' and i.GROUP_ID_ is not null
                      and not exists (select 1 from open_task o where o.task_id = t.ID_ and o.candidate_group = i.GROUP_ID_)
                    """, none);
            if (removed + added > 0) {
                log.info("Task list index reconciled with the engine: {} rows added, {} removed", added, removed);
            }
        } catch (DuplicateKeyException e) {
            // another node starting at the same moment added them
            log.info("Task list index reconciled by another node meanwhile");
        }
    }
}
