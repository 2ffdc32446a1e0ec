package org.jixiao.reliability;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * A write the database refuses: a CHECK constraint that rejects exactly the rows matching a condition, so a
 * chosen step late inside a transaction fails the way a full disk or a lost connection would, without test
 * beans in the application. Closing it removes the constraint (the cause is fixed). Works on H2 and MySQL.
 */
final class InjectedFault implements AutoCloseable {

    private static final String NAME = "jx_injected_fault";

    private final JdbcTemplate jdbc;
    private final String table;

    private InjectedFault(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /** From now on every insert or update into {@code table} of a row matching {@code condition} fails. */
    static InjectedFault refuse(DataSource dataSource, String table, String condition) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("alter table " + table + " add constraint " + NAME + " check (not (" + condition + "))");
        return new InjectedFault(jdbc, table);
    }

    @Override
    public void close() {
        jdbc.execute("alter table " + table + " drop constraint " + NAME);
    }
}
