package org.jixiao.migration;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** On H2; {@link CorrectedMigrationChecksumsMySqlTest} runs the same on MySQL. */
class CorrectedMigrationChecksumsTest {

    protected DataSource dataSource() {
        return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private final DataSource dataSource = dataSource();
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    private Flyway flyway(boolean withCorrection) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .table("jx_flyway_history");
        if (withCorrection) {
            configuration.callbacks(new CorrectedMigrationChecksums());
        }
        return configuration.load();
    }

    /** Sets V32's recorded checksum as a database migrated with another text would have it. */
    private void recordV32Checksum(int checksum) {
        String q = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getIdentifierQuoteString());
        jdbc.update("update " + q + "jx_flyway_history" + q + " set " + q + "checksum" + q + " = ? where "
                + q + "version" + q + " = '32'", checksum);
    }

    private Integer v32Checksum() {
        return Arrays.stream(flyway(false).info().applied())
                .filter(i -> i.getVersion().getVersion().equals("32")).findFirst().orElseThrow().getChecksum();
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
        recordV32Checksum(-713417031);
        assertThatThrownBy(() -> flyway(false).validate()).isInstanceOf(FlywayException.class);

        flyway(true).migrate();

        assertThat(v32Checksum()).isEqualTo(1895873569);
        assertThat(jdbc.queryForObject("select count(*) from indicator_library", Integer.class)).isEqualTo(libraryRows);
    }

    @Test
    void anUnknownChecksumIsStillReported() {
        flyway(false).migrate();
        recordV32Checksum(42);
        assertThatThrownBy(() -> flyway(true).validate()).isInstanceOf(FlywayException.class);
        assertThat(v32Checksum()).isEqualTo(42);
    }
}
