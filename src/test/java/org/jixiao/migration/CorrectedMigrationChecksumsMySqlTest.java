package org.jixiao.migration;

import org.jixiao.support.EnabledIfMySql;
import org.jixiao.support.MySqlTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;

@EnabledIfMySql
class CorrectedMigrationChecksumsMySqlTest extends CorrectedMigrationChecksumsTest {

    private MySqlTestDatabase database;

    @Override
    protected DataSource dataSource() {
        database = MySqlTestDatabase.create();
        return new DriverManagerDataSource(database.url(), database.user(), database.password());
    }

    @AfterEach
    void drop() {
        database.drop();
    }
}
