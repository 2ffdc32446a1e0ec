-- The target quality check's findings of a project's last submitted declaration (replaced at each submit), and
-- finance's grades of declarations (优/良/中/差, every one kept with its reason).
create table quality_finding (
    id         bigint auto_increment primary key,
    project_id bigint        not null,
    position   int           not null,
    code       varchar(40)   not null,
    severity   varchar(10)   not null,
    indicator  varchar(200),
    message    varchar(2000) not null,
    checked_at datetime(3)   not null,
    constraint fk_quality_finding_project foreign key (project_id) references project (id)
);
create index ix_quality_finding_project on quality_finding (project_id, position);

create table declaration_grade (
    id         bigint auto_increment primary key,
    project_id bigint        not null,
    grade      varchar(10)   not null,
    comment    varchar(2000),
    graded_by  varchar(64)   not null,
    graded_at  datetime(3)   not null,
    constraint fk_declaration_grade_project foreign key (project_id) references project (id)
);
create index ix_declaration_grade_project on declaration_grade (project_id, graded_at);
