-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11 (utf8mb4 comes from the database default).

create table organisation (
    id          bigint auto_increment primary key,
    name        varchar(200) not null,
    type        varchar(20)  not null,
    parent_id   bigint,
    constraint uk_organisation_name unique (name),
    constraint fk_organisation_parent foreign key (parent_id) references organisation (id)
);

create table app_user (
    id              bigint auto_increment primary key,
    username        varchar(64)  not null,
    password_hash   varchar(100) not null,
    display_name    varchar(100) not null,
    organisation_id bigint       not null,
    enabled         boolean      not null,
    email           varchar(200),
    constraint uk_app_user_username unique (username),
    constraint fk_app_user_organisation foreign key (organisation_id) references organisation (id)
);

create table app_user_role (
    user_id bigint      not null,
    role    varchar(32) not null,
    primary key (user_id, role),
    constraint fk_app_user_role_user foreign key (user_id) references app_user (id)
);

create table project (
    id                  bigint auto_increment primary key,
    fiscal_year         int          not null,
    name                varchar(300) not null,
    category            varchar(20)  not null,
    department_id       bigint       not null,
    unit_id             bigint       not null,
    planned_start       date,
    planned_end         date,
    classified          boolean      not null,
    stage               varchar(32)  not null,
    step                varchar(32),
    returned            boolean      not null,
    process_instance_id varchar(64),
    created_at          datetime(3)  not null,
    version             bigint       not null,
    constraint uk_project_year_unit_name unique (fiscal_year, unit_id, name),
    constraint fk_project_department foreign key (department_id) references organisation (id),
    constraint fk_project_unit foreign key (unit_id) references organisation (id)
);
create index ix_project_year_stage on project (fiscal_year, stage);
create index ix_project_year_department on project (fiscal_year, department_id);

create table project_history (
    id                bigint auto_increment primary key,
    project_id        bigint       not null,
    occurred_at       datetime(3)  not null,
    actor_username    varchar(64),
    actor_name        varchar(100) not null,
    organisation_name varchar(200),
    stage             varchar(32)  not null,
    action            varchar(32)  not null,
    comment           varchar(2000),
    constraint fk_project_history_project foreign key (project_id) references project (id)
);
create index ix_project_history_project on project_history (project_id, occurred_at);

create table stage_opening (
    id          bigint auto_increment primary key,
    fiscal_year int         not null,
    stage       varchar(32) not null,
    deadline    date,
    opened_at   datetime(3) not null,
    opened_by   varchar(64) not null,
    constraint uk_stage_opening unique (fiscal_year, stage)
);
