package org.jixiao.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Tests of hand-written SQL on MySQL: one migrated throw-away schema per class, dropped afterwards, holding two
 * departments with a unit each (科委 1 with 本部 2, 城运 3 with 城运本部 4). Subclasses add their rows in
 * {@link #insertRows}.
 */
@EnabledIfMySql
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MySqlQueriesTest {

    private MySqlTestDatabase database;

    @BeforeAll
    void migrateAndInsert() {
        database = MySqlTestDatabase.create();
        NamedParameterJdbcTemplate jdbc = database.migrated();
        jdbc.getJdbcTemplate().execute("""
                insert into organisation (id, name, type, parent_id) values (1, '科委', 'DEPARTMENT', null),
                    (2, '本部', 'UNIT', 1), (3, '城运', 'DEPARTMENT', null), (4, '城运本部', 'UNIT', 3)
                """);
        insertRows(jdbc);
    }

    protected abstract void insertRows(NamedParameterJdbcTemplate jdbc);

    @AfterAll
    void drop() {
        if (database != null) {
            database.drop();
        }
    }
}
