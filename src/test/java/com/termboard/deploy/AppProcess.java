package com.termboard.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One instance of the packaged app ({@code target/quarkus-app/quarkus-run.jar}) as a child process. */
final class AppProcess {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    final String name;
    final int port;
    /** The management interface's port: /q/health, /q/metrics, /q/openapi. */
    final int managementPort;
    final Path log;
    private final Process process;

    private AppProcess(String name, int port, int managementPort, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar on a free port with {@code env} added to (and overriding) this JVM's environment. */
    static AppProcess start(String name, Map<String, String> env, Path logDir) throws IOException {
        return start(name, List.of(), env, logDir);
    }

    /** The same, with options for the JVM. */
    static AppProcess start(String name, List<String> jvmOptions, Map<String, String> env, Path logDir)
            throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run `./mvnw package` (or `verify`) first");
        }
        int port = freePort();
        int managementPort = freePort();
        Path log = logDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx384m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        withOwnEnvironment(builder, env);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        return new AppProcess(name, port, managementPort, log, builder.start());
    }

    /** This JVM's java launcher, so that child processes run the same JVM build. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code env} instead of this JVM's Quarkus and Termboard settings, which are the tests' own. */
    static void withOwnEnvironment(ProcessBuilder builder, Map<String, String> env) {
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("TERMBOARD_"));
        builder.environment().putAll(env);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** {@code path} (a /q/… endpoint) on the management interface, which the application's port does not serve. */
    String managementUrl(String path) {
        return "http://localhost:" + managementPort + path;
    }

    /** Waits until {@code /q/health/ready} answers 200; fails with the end of the log if the process dies. */
    void awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(managementUrl("/q/health/ready")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " not ready after " + timeout + ":\n" + logTail());
    }

    /** Sends SIGTERM and waits; the exit code, or null when it did not end within {@code timeout}. */
    Integer terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    /** The exit code if the process ends by itself within {@code timeout}, else null. */
    Integer exitWithin(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    /** Kills the process if it still runs (cleanup after a failure). */
    void kill() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String logTail() {
        String text = logText();
        return text.substring(Math.max(0, text.length() - 4000));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
