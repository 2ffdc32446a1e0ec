-- Deadlines, overdue flag and in-app notifications for the finance bureau's cockpit.

-- Set by the overdue timer of the unit's fill task, cleared when the unit submits; counted by the cockpit.
alter table project add column overdue boolean default false not null;

-- The cockpit groups by year, department and stage and filters by unit; these keep it on index scans.
create index ix_project_year_department_stage on project (fiscal_year, department_id, stage);
create index ix_project_year_unit on project (fiscal_year, unit_id);

create table notification (
    id           bigint auto_increment primary key,
    recipient_id bigint        not null,
    kind         varchar(32)   not null,
    project_id   bigint,
    message      varchar(2000) not null,
    created_at   datetime(3)   not null,
    read_at      datetime(3),
    constraint fk_notification_recipient foreign key (recipient_id) references app_user (id),
    constraint fk_notification_project foreign key (project_id) references project (id)
);
create index ix_notification_recipient on notification (recipient_id, read_at);
