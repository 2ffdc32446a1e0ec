package org.jixiao.reliability;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a test compares before and after a failure: the row count of every table of the schema, and the full
 * content of chosen rows (a project, its forms). Equal states mean the failed work left nothing behind.
 */
record DatabaseState(Map<String, Long> rowCounts, Map<String, List<Map<String, Object>>> rows) {

    /** Engine tables whose rows come and go on their own schedule (metrics), never part of a business change. */
    private static boolean ownSchedule(String table) {
        return table.contains("METER") || table.startsWith("SPRING_SESSION");
    }

    /**
     * @param engineTables whether Camunda's ACT_ tables count too (not where a failed job legitimately records
     *                     its retries and its incident)
     * @param queries      name → SQL returning the rows to compare in full
     */
    static DatabaseState of(DataSource dataSource, boolean engineTables, Map<String, String> queries) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, Long> counts = new TreeMap<>();
        for (String quoted : tables(dataSource)) {
            String upper = quoted.substring(1, quoted.length() - 1).toUpperCase();
            if (ownSchedule(upper) || (!engineTables && upper.startsWith("ACT_"))) {
                continue;
            }
            counts.put(upper, jdbc.queryForObject("select count(*) from " + quoted, Long.class));
        }
        Map<String, List<Map<String, Object>>> rows = new TreeMap<>();
        queries.forEach((name, sql) -> rows.put(name, jdbc.queryForList(sql)));
        return new DatabaseState(counts, rows);
    }

    static DatabaseState of(DataSource dataSource, boolean engineTables) {
        return of(dataSource, engineTables, Map.of());
    }

    /** The schema's tables, quoted as the database wants (names keep their case). */
    private static List<String> tables(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[]{"TABLE"})) {
            String quote = c.getMetaData().getIdentifierQuoteString();
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(quote + rs.getString("TABLE_NAME") + quote);
            }
            if (names.isEmpty()) {
                throw new IllegalStateException("no tables found in schema " + c.getSchema());
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
