package org.jixiao.operations;

import com.zaxxer.hikari.HikariDataSource;
import org.jixiao.support.MySqlIntegrationTest;
import org.jixiao.support.MySqlTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole year on the real MySQL-compatible server with the {@code mysql} profile, given only a bare JDBC URL:
 * plus what the profile itself promises (isolation, character set, pool) and the migrations' result.
 */
@MySqlIntegrationTest
class WholeYearMySqlTest extends WholeYearScenario {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void everyConnectionIsReadCommittedAndSpeaksUtf8mb4() {
        assertThat(sessionIsolation()).isEqualTo("READ-COMMITTED");
        assertThat(jdbc.queryForMap("select @@character_set_connection cs, @@collation_connection co"))
                .containsEntry("cs", "utf8mb4").containsEntry("co", MySqlTestDatabase.COLLATION);
        assertThat(((HikariDataSource) dataSource).getMaximumPoolSize()).isEqualTo(56);
    }

    @Test
    void theMigrationsRanAndTheApplicationTablesAreUtf8mb4() {
        List<String> versions = jdbc.queryForList(
                "select version from jx_flyway_history where success = 1 and version is not null order by installed_rank",
                String.class);
        assertThat(versions).contains("1", "2", "10", "20", "50");
        assertThat(jdbc.queryForObject("select count(*) from jx_flyway_history where success = 0", Integer.class))
                .isZero();
        List<String> notUtf8mb4 = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE'
                  and lower(table_name) not like 'act\\_%' and table_collation <> ?""", String.class,
                MySqlTestDatabase.COLLATION);
        assertThat(notUtf8mb4).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = database()"
                + " and table_name in ('ACT_RU_TASK', 'ACT_RU_JOB', 'ACT_HI_JOB_LOG', 'SPRING_SESSION')", Integer.class))
                .as("the engine's and the sessions' tables").isEqualTo(4);
    }

    @Test
    void everyTableHasAPrimaryKeyAsGroupReplicationRequires() {
        assertThat(jdbc.queryForList("""
                select t.table_name from information_schema.tables t
                where t.table_schema = database() and t.table_type = 'BASE TABLE'
                  and not exists (select 1 from information_schema.table_constraints c
                                  where c.table_schema = t.table_schema and c.table_name = t.table_name
                                    and c.constraint_type = 'PRIMARY KEY')""", String.class)).isEmpty();
    }

    private String sessionIsolation() {
        try {
            return jdbc.queryForObject("select @@session.transaction_isolation", String.class);
        } catch (DataAccessException e) {
            // MariaDB before 11.1 knows only the older name
            return jdbc.queryForObject("select @@session.tx_isolation", String.class);
        }
    }
}
