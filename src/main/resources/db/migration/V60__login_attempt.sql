-- Failed logins per user name and client address, shared by all nodes: after too many failures in a row the
-- pair is locked for a while (see LoginThrottle). A successful login deletes the row.
create table login_attempt (
    username        varchar(64)  not null,
    client_ip       varchar(64)  not null,
    failures        int          not null,
    last_failure_at datetime(3)  not null,
    locked_until    datetime(3),
    primary key (username, client_ip)
);
