package org.jixiao.support;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throw-away schema on the local MySQL-compatible server (127.0.0.1:3306, root, empty password, or
 * {@code JIXIAO_TEST_MYSQL_URL}/{@code _USER}/{@code _PASSWORD}). Tests that use it are skipped where no
 * server answers, unless {@code JIXIAO_REQUIRE_MYSQL=1}: then they fail instead.
 */
public final class MySqlTestDatabase {

    private static final String SERVER = env("JIXIAO_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/");
    private static final String USER = env("JIXIAO_TEST_MYSQL_USER", "root");
    private static final String PASSWORD = env("JIXIAO_TEST_MYSQL_PASSWORD", "");
    /** As in application-mysql.properties and docker-compose.yml. */
    public static final String COLLATION = "utf8mb4_unicode_520_ci";
    private static final String OPTIONS = "?characterEncoding=UTF-8&connectionCollation=" + COLLATION
            + "&sendFractionalSeconds=false&nullCatalogMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true"
            + "&connectTimeout=3000";

    private final String schema;

    private MySqlTestDatabase(String schema) {
        this.schema = schema;
    }

    public static boolean required() {
        return "1".equals(System.getenv("JIXIAO_REQUIRE_MYSQL"));
    }

    public static boolean serverAvailable() {
        try (Connection ignored = connect("")) {
            return true;
        } catch (SQLException e) {
            if (required()) {
                throw new IllegalStateException("JIXIAO_REQUIRE_MYSQL=1 but no MySQL server answers at " + SERVER, e);
            }
            return false;
        }
    }

    /** Creates a new utf8mb4 schema whose name starts with {@code jx_test_}. */
    public static MySqlTestDatabase create() {
        String schema = "jx_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + schema + " character set utf8mb4 collate " + COLLATION);
        return new MySqlTestDatabase(schema);
    }

    /** The schema migrated by the application's Flyway migrations, for tests of hand-written SQL. */
    public NamedParameterJdbcTemplate migrated() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url(), user(), password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("jx_flyway_history")
                .load().migrate();
        return new NamedParameterJdbcTemplate(dataSource);
    }

    public String url() {
        return SERVER + schema + OPTIONS;
    }

    /** The URL without options, for the {@code mysql} profile, which sets the driver options itself. */
    public String bareUrl() {
        return SERVER + schema;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public String schema() {
        return schema;
    }

    public void drop() {
        execute("drop database if exists " + schema);
    }

    private static void execute(String sql) {
        try (Connection c = connect(""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(SERVER + schema + OPTIONS, USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
