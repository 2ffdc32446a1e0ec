package org.jixiao.reliability;

import org.jixiao.support.MySqlTestDatabase;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The application in a JVM of its own ({@code java -cp <test classpath> org.jixiao.JixiaoApplication}) on a
 * given MySQL schema, with the demo users; {@link #kill()} is {@code kill -9}.
 */
final class AppProcess {

    /** Generous: on a loaded two-core machine a start has taken over three minutes. */
    private static final Duration STARTUP = Duration.ofMinutes(10);

    private final Process process;
    private final int port;

    private AppProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the application and waits until it is ready (demo users created). */
    static AppProcess start(MySqlTestDatabase database, File log) throws IOException, InterruptedException {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8",
                "-cp", classPath(), "org.jixiao.JixiaoApplication",
                "--server.port=" + port, "--spring.profiles.active=mysql,demo"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        // Camunda's schema check must look in this schema only, not find its tables in another one.
        builder.environment().put("JIXIAO_DB_URL", database.url() + "&nullCatalogMeansCurrent=true");
        builder.environment().put("JIXIAO_DB_USER", database.user());
        builder.environment().put("JIXIAO_DB_PASSWORD", database.password());
        AppProcess app = new AppProcess(builder.start(), port);
        app.awaitHealthy(log);
        return app;
    }

    int port() {
        return port;
    }

    /** SIGKILL: no shutdown hook, no connection closed cleanly, the open transaction simply dies. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void awaitHealthy(File log) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the application did not start within " + STARTUP + "; see " + log);
    }

    /**
     * This JVM's class path without empty entries: an empty entry means the working directory, where the
     * top-level processes/ folder would be deployed a second time next to the packaged copy.
     */
    private static String classPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(java.util.stream.Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
