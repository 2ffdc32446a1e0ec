-- 信息公开: which projects' approved forms are on the public portal, and who took them off and why.
create table publication (
    id               bigint auto_increment primary key,
    project_id       bigint      not null,
    published        boolean     not null,
    published_at     datetime(3) not null,
    published_by     varchar(64) not null,
    unpublished_at   datetime(3),
    unpublished_by   varchar(64),
    unpublish_reason varchar(500),
    constraint uk_publication_project unique (project_id),
    constraint fk_publication_project foreign key (project_id) references project (id)
);
create index ix_publication_published on publication (published, project_id);
