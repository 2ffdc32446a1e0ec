-- The indicator library (指标库) that finance maintains: common indicators (department_id null, 共性指标) and a
-- department's own (个性指标), per level-2 category. V32 fills it from the published forms.
create table indicator_library (
    id             bigint auto_increment primary key,
    version        bigint        not null,
    level2         varchar(20)   not null,
    department_id  bigint,
    name           varchar(200)  not null,
    unit           varchar(20),
    direction      varchar(12)   not null,
    typical_target varchar(200),
    description    varchar(2000),
    constraint fk_indicator_library_department foreign key (department_id) references organisation (id)
);
create index ix_indicator_library_name on indicator_library (name);
