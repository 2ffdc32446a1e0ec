package org.jixiao.migration;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Migrations whose text was corrected, in comments only, after they had run somewhere. Before Flyway validates,
 * a database that applied the first text is given the corrected text's checksum, so that it starts instead of
 * failing validation; any other checksum is left for validation to report. Spring Boot hands every
 * {@link Callback} bean to Flyway.
 */
@Component
public class CorrectedMigrationChecksums implements Callback {

    /** A migration version, the checksum of its first text and that of its corrected text. */
    record Correction(String version, int firstChecksum, int correctedChecksum) {
    }

    static final List<Correction> CORRECTIONS = List.of(
            // V32's header named the fixtures' former place outside the repository
            new Correction("32", -713417031, 1895873569));

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String table = context.getConfiguration().getTable();
        try {
            Connection connection = context.getConnection();
            if (!tableExists(connection, table)) {
                return;
            }
            // Flyway creates the history table with quoted names: H2 keeps them lower-case only when quoted too
            String q = connection.getMetaData().getIdentifierQuoteString();
            String sql = "update " + q + table + q + " set " + q + "checksum" + q + " = ? where " + q + "version" + q
                    + " = ? and " + q + "checksum" + q + " = ?";
            for (Correction c : CORRECTIONS) {
                try (PreparedStatement update = connection.prepareStatement(sql)) {
                    update.setInt(1, c.correctedChecksum());
                    update.setString(2, c.version());
                    update.setInt(3, c.firstChecksum());
                    update.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not correct the migration checksums in " + table, e);
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        for (String name : List.of(table, table.toUpperCase())) {
            try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String getCallbackName() {
        return "corrected-migration-checksums";
    }
}
