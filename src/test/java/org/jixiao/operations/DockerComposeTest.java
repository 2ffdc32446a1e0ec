package org.jixiao.operations;

import org.jixiao.support.MySqlTestDatabase;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs here, so docker-compose.yml and the Dockerfile are checked as files: their structure,
 * and that the database server they start is configured as the {@code mysql} profile expects.
 */
class DockerComposeTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(JIXIAO_[A-Z_]+)");

    private final Map<String, Object> compose = yaml(Path.of("docker-compose.yml"));
    private final Properties profile = properties("/application-mysql.properties");
    private final Properties base = properties("/application.properties");

    @Test
    void mysqlIsTheVersionAndCharacterSetTheProfileExpects() {
        Map<String, Object> mysql = service("mysql");
        assertThat((String) mysql.get("image")).isEqualTo("mysql:8.4");
        List<String> command = list(mysql.get("command"));
        String collation = profile.getProperty("spring.datasource.hikari.data-source-properties.connectionCollation");
        assertThat(collation).isEqualTo(MySqlTestDatabase.COLLATION).startsWith("utf8mb4_");
        assertThat(command).contains("--character-set-server=utf8mb4", "--collation-server=" + collation);
        assertThat(profile.getProperty("spring.datasource.hikari.transaction-isolation"))
                .isEqualTo("TRANSACTION_READ_COMMITTED");
        assertThat(command).contains("--transaction-isolation=READ-COMMITTED");
        assertThat(profile.getProperty("spring.datasource.hikari.data-source-properties.sendFractionalSeconds"))
                .isEqualTo("false");

        int maxConnections = Integer.parseInt(option(command, "--max-connections"));
        int poolSize = Integer.parseInt(defaultOf(profile.getProperty("spring.datasource.hikari.maximum-pool-size")));
        assertThat(maxConnections).as("room for at least two nodes' pools").isGreaterThanOrEqualTo(2 * poolSize + 10);
    }

    @Test
    void mysqlKeepsItsDataInAVolumeAndReportsItsHealth() {
        Map<String, Object> mysql = service("mysql");
        assertThat(list(mysql.get("volumes"))).contains("mysql-data:/var/lib/mysql");
        assertThat(map(compose.get("volumes"))).containsKey("mysql-data");
        Map<String, Object> health = map(mysql.get("healthcheck"));
        assertThat(String.join(" ", list(health.get("test")))).contains("mysqladmin ping");
        assertThat(health).containsKeys("interval", "retries");
    }

    @Test
    void theAppRunsTheMysqlProfileOnTheComposeDatabaseOnceItIsHealthy() {
        Map<String, Object> app = service("app");
        Map<String, Object> mysql = service("mysql");
        Map<String, Object> environment = map(app.get("environment"));
        Map<String, Object> database = map(mysql.get("environment"));
        assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("mysql");

        URI url = URI.create(((String) environment.get("JIXIAO_DB_URL")).substring("jdbc:".length()));
        assertThat(url.getScheme()).isEqualTo("mysql");
        assertThat(map(compose.get("services"))).containsKey(url.getHost());
        assertThat(url.getPath()).isEqualTo("/" + database.get("MYSQL_DATABASE"));
        assertThat(environment.get("JIXIAO_DB_USER")).isEqualTo(database.get("MYSQL_USER"));
        assertThat(environment.get("JIXIAO_DB_PASSWORD")).isEqualTo(database.get("MYSQL_PASSWORD"));
        assertThat(environment).containsKey("JIXIAO_ADMIN_PASSWORD");
        assertThat(environment.get("TZ")).as("one time zone for the server and every node").isEqualTo(database.get("TZ"));

        // every JIXIAO_ variable compose sets is one the application reads
        String read = placeholders(profile) + placeholders(base);
        environment.keySet().stream().filter(k -> k.startsWith("JIXIAO_"))
                .forEach(k -> assertThat(read).as(k).contains(k));

        assertThat(map(map(app.get("depends_on")).get("mysql"))).containsEntry("condition", "service_healthy");
        assertThat(String.join(" ", list(map(app.get("healthcheck")).get("test"))))
                .contains("/actuator/health/readiness");
        assertThat(base.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
        assertThat(list(app.get("ports"))).contains("8080:8080");
    }

    @Test
    void theDockerfileBuildsTheJarAndStartsItWithTheMysqlProfile() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).contains("FROM eclipse-temurin:17-jre", "mvn -B -q package -DskipTests",
                "SPRING_PROFILES_ACTIVE=mysql", "EXPOSE 8080", "/actuator/health/readiness",
                "ENTRYPOINT [\"java\", \"-jar\"");
        assertThat(service("app").get("build")).as("built from this directory").isEqualTo(".");
    }

    private Map<String, Object> service(String name) {
        return map(map(compose.get("services")).get(name));
    }

    /** "${JIXIAO_DB_POOL_SIZE:56}" → "56" */
    private static String defaultOf(String value) {
        return value.startsWith("${") ? value.substring(value.indexOf(':') + 1, value.length() - 1) : value;
    }

    private static String option(List<String> command, String name) {
        return command.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .map(c -> c.substring(name.length() + 1)).orElseThrow(() -> new AssertionError("no " + name));
    }

    private static String placeholders(Properties properties) {
        StringBuilder names = new StringBuilder();
        properties.values().forEach(v -> {
            Matcher m = PLACEHOLDER.matcher((String) v);
            while (m.find()) {
                names.append(m.group(1)).append(' ');
            }
        });
        return names.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<String>) value;
    }

    private static Map<String, Object> yaml(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml().load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }

    private static Properties properties(String resource) {
        try (InputStream in = DockerComposeTest.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
