package com.termboard.system;

import io.quarkus.runtime.QuarkusApplication;
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
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code java -XX:ArchiveClassesAtExit=app-cds.jsa -jar quarkus-run.jar train}: a whole start on a throwaway
 * embedded database with the demo data, a few pages as a demo user, then exit, so that the JVM's class archive
 * holds every class a start and a first page load, not only those of Quarkus's static initialisation
 * (README "Start-up and memory"). It never touches a configured database.
 */
public class ClassArchiveTraining implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(ClassArchiveTraining.class);
    private static final Pattern FIRST_CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");
    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final StringBuilder visited = new StringBuilder();

    /** Before Quarkus reads its configuration: demo mode on a new embedded database in a temporary directory. */
    public static Path prepare() {
        try {
            Path dir = Files.createTempDirectory("termboard-training-");
            EmbeddedDatabase.start(dir.resolve("pg")).forEach(System::setProperty);
            System.setProperty("termboard.demo", "true");
            EmbeddedDatabase.keyForLoneDemo(); // as a demo start has it: the pages' CSRF tokens are derived from it
            System.setProperty("quarkus.http.port", String.valueOf(freePort()));
            System.setProperty("quarkus.management.port", String.valueOf(freePort())); // not 9000: may be taken
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the training run's database", e);
        }
    }

    /** After Quarkus has stopped: the database and its directory go. */
    public static void cleanUp(Path dir) {
        EmbeddedDatabase.stop();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", dir, e.getMessage());
        }
    }

    @Override
    public int run(String... args) throws Exception {
        String base = "http://localhost:" + port;
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=exec&j_password=demo"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String cookies = String.join("; ", login.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0]).toList());
        visited.append("login ").append(login.statusCode());
        // The pages a day starts with: home, listings, then a group's report and a term's scorecard.
        get(base, cookies, "/login");
        get(base, cookies, "/");
        get(base, cookies, "/groups");
        get(base, cookies, "/reports");
        Matcher group = FIRST_CODE.matcher(get(base, cookies, "/api/groups"));
        if (group.find()) {
            get(base, cookies, "/reports/groups/" + group.group(1));
            Matcher term = FIRST_ID.matcher(get(base, cookies, "/api/groups/" + group.group(1) + "/terms"));
            if (term.find()) {
                get(base, cookies, "/terms/" + term.group(1));
                get(base, cookies, "/api/terms/" + term.group(1) + "/scorecard");
            }
        }
        LOG.infof("Training run done: %s", visited);
        return 0;
    }

    private String get(String base, String cookies, String page) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + page)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofString());
        visited.append(", ").append(page).append(' ').append(response.statusCode());
        return response.body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
