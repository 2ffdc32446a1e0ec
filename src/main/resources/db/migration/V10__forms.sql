-- The three forms of a project (one row per project and stage), their indicator rows, and the versions of
-- the approved targets. Portable between H2 2.x and MySQL 8 / MariaDB 10.11.

create table target_declaration (
    id                     bigint auto_increment primary key,
    project_id             bigint        not null,
    version                bigint        not null,
    status                 varchar(20)   not null,
    project_name           varchar(300),
    supervising_department varchar(200),
    implementing_unit      varchar(200),
    money_unit             varchar(4),
    source                 varchar(100),
    ordinal                int,
    notes                  text,
    updated_at             datetime(3)   not null,
    updated_by             varchar(64),
    category               varchar(20),
    planned_start          date,
    planned_end            date,
    project_total          decimal(18,2),
    annual_request         decimal(18,2),
    fiscal                 decimal(18,2),
    appropriation          decimal(18,2),
    carryover              decimal(18,2),
    other_total            decimal(18,2),
    other_annual           decimal(18,2),
    goal_total             text,
    goal_annual            text,
    constraint uk_target_declaration_project unique (project_id),
    constraint fk_target_declaration_project foreign key (project_id) references project (id)
);

create table declaration_indicator (
    declaration_id bigint       not null,
    position       int          not null,
    level1         varchar(20),
    level2         varchar(20),
    name           varchar(200),
    target_total   varchar(200),
    target_annual  varchar(200),
    primary key (declaration_id, position),
    constraint fk_declaration_indicator foreign key (declaration_id) references target_declaration (id)
);

create table monitoring_form (
    id                     bigint auto_increment primary key,
    project_id             bigint        not null,
    version                bigint        not null,
    status                 varchar(20)   not null,
    project_name           varchar(300),
    supervising_department varchar(200),
    implementing_unit      varchar(200),
    money_unit             varchar(4),
    source                 varchar(100),
    ordinal                int,
    notes                  text,
    updated_at             datetime(3)   not null,
    updated_by             varchar(64),
    period_end             date,
    annual_budget          decimal(18,2),
    executed_to_date       decimal(18,2),
    goal_progress          text,
    adjustment_requested   boolean       not null,
    new_annual_budget      decimal(18,2),
    budget_reason          varchar(2000),
    constraint uk_monitoring_form_project unique (project_id),
    constraint fk_monitoring_form_project foreign key (project_id) references project (id)
);

create table monitoring_indicator (
    monitoring_id      bigint        not null,
    position           int           not null,
    level1             varchar(20),
    level2             varchar(20),
    name               varchar(200),
    target             varchar(200),
    achieved_to_date   varchar(200),
    expected_year_end  varchar(200),
    light              varchar(10),
    deviation_cause    varchar(2000),
    corrective_measure varchar(2000),
    primary key (monitoring_id, position),
    constraint fk_monitoring_indicator foreign key (monitoring_id) references monitoring_form (id)
);

create table monitoring_target_change (
    monitoring_id bigint        not null,
    position      int           not null,
    level1        varchar(20),
    level2        varchar(20),
    name          varchar(200),
    new_target    varchar(200),
    new_weight    decimal(18,2),
    reason        varchar(2000),
    primary key (monitoring_id, position),
    constraint fk_monitoring_target_change foreign key (monitoring_id) references monitoring_form (id)
);

-- Columns initial_budget / full_year_budget / executed are the 年度资金总额 row; execution_rate_pct,
-- total_score and grade are the results (null until known): the cockpit aggregates them with SQL.
create table self_evaluation (
    id                       bigint auto_increment primary key,
    project_id               bigint        not null,
    version                  bigint        not null,
    status                   varchar(20)   not null,
    project_name             varchar(300),
    supervising_department   varchar(200),
    implementing_unit        varchar(200),
    money_unit               varchar(4),
    source                   varchar(100),
    ordinal                  int,
    notes                    text,
    updated_at               datetime(3)   not null,
    updated_by               varchar(64),
    initial_budget           decimal(18,2),
    full_year_budget         decimal(18,2),
    executed                 decimal(18,2),
    appropriation_initial    decimal(18,2),
    appropriation_full_year  decimal(18,2),
    appropriation_executed   decimal(18,2),
    carryover_initial        decimal(18,2),
    carryover_full_year      decimal(18,2),
    carryover_executed       decimal(18,2),
    other_initial            decimal(18,2),
    other_full_year          decimal(18,2),
    other_executed           decimal(18,2),
    budget_weight            decimal(18,2),
    execution_rate_pct       decimal(18,2),
    budget_score             decimal(18,2),
    goal_expected            text,
    goal_actual              text,
    total_weight             decimal(18,2),
    total_score              decimal(18,2),
    grade                    varchar(4),
    scored_at                datetime(3),
    scoring_problems         text,
    constraint uk_self_evaluation_project unique (project_id),
    constraint fk_self_evaluation_project foreign key (project_id) references project (id)
);
create index ix_self_evaluation_grade on self_evaluation (grade);

create table self_evaluation_indicator (
    self_evaluation_id bigint        not null,
    position           int           not null,
    level1             varchar(20),
    level2             varchar(20),
    name               varchar(200),
    target             varchar(200),
    actual             varchar(200),
    weight             decimal(18,2),
    score              decimal(18,2),
    deviation_reason   varchar(2000),
    target_kind        varchar(20),
    target_comparator  varchar(20),
    target_value       varchar(60),
    target_unit        varchar(40),
    actual_kind        varchar(20),
    actual_comparator  varchar(20),
    actual_value       varchar(60),
    actual_unit        varchar(40),
    met                boolean,
    suggested_score    decimal(18,2),
    min_score          decimal(18,2),
    max_score          decimal(18,2),
    problems           varchar(2000),
    primary key (self_evaluation_id, position),
    constraint fk_self_evaluation_indicator foreign key (self_evaluation_id) references self_evaluation (id)
);

-- Approved targets of a project: version 1 from the approved declaration, one more per approved adjustment.
create table target_version (
    id               bigint auto_increment primary key,
    project_id       bigint        not null,
    number           int           not null,
    origin           varchar(20)   not null,
    money_unit       varchar(4),
    full_year_budget decimal(18,2),
    reason           varchar(2000),
    created_at       datetime(3)   not null,
    created_by       varchar(64),
    constraint uk_target_version unique (project_id, number),
    constraint fk_target_version_project foreign key (project_id) references project (id)
);

create table target_version_indicator (
    target_version_id bigint        not null,
    position          int           not null,
    level1            varchar(20),
    level2            varchar(20),
    name              varchar(200),
    target_total      varchar(200),
    target_annual     varchar(200),
    weight            decimal(18,2),
    primary key (target_version_id, position),
    constraint fk_target_version_indicator foreign key (target_version_id) references target_version (id)
);
