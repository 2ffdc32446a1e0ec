-- The task list's own index of open tasks: one row per open task and candidate group, written by TaskInbox in the
-- engine's transaction. Camunda's task query sorts all of a group's tasks on every page (a unit with thousands of
-- tasks paid for all of them); this index hands out a page in order and counts a group's tasks from the index.
create table open_task (
    task_id         varchar(64) not null,
    candidate_group varchar(64) not null,
    created_at      datetime(3) not null,
    project_id      bigint      not null,
    primary key (task_id, candidate_group)
);
create index idx_open_task_group_created on open_task (candidate_group, created_at, task_id);
