package org.jixiao.migration;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorrectedMigrationChecksumsTest {

    private final DriverManagerDataSource dataSource =
            new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    private Flyway flyway(boolean withCorrection) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .table("jx_flyway_history");
        if (withCorrection) {
            configuration.callbacks(new CorrectedMigrationChecksums());
        }
        return configuration.load();
    }

    @Test
    void theShippedTextHasTheCorrectedChecksum() {
        for (CorrectedMigrationChecksums.Correction c : CorrectedMigrationChecksums.CORRECTIONS) {
            MigrationInfo info = Arrays.stream(flyway(false).info().all())
                    .filter(i -> i.getVersion().getVersion().equals(c.version())).findFirst().orElseThrow();
            assertThat(info.getChecksum()).isEqualTo(c.correctedChecksum());
        }
    }

    @Test
    void aDatabaseMigratedWithTheFirstTextValidatesAndKeepsItsRows() {
        flyway(false).migrate();
        int libraryRows = jdbc.queryForObject("select count(*) from indicator_library", Integer.class);
        jdbc.update("update jx_flyway_history set checksum = -713417031 where version = '32'");
        assertThatThrownBy(() -> flyway(false).validate()).isInstanceOf(FlywayException.class);

        flyway(true).migrate();

        assertThat(jdbc.queryForObject("select checksum from jx_flyway_history where version = '32'", Integer.class))
                .isEqualTo(1895873569);
        assertThat(jdbc.queryForObject("select count(*) from indicator_library", Integer.class)).isEqualTo(libraryRows);
    }

    @Test
    void anUnknownChecksumIsStillReported() {
        flyway(false).migrate();
        jdbc.update("update jx_flyway_history set checksum = 42 where version = '32'");
        assertThatThrownBy(() -> flyway(true).validate()).isInstanceOf(FlywayException.class);
    }
}
