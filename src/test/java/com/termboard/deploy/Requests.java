package com.termboard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What the fault tests send to a packaged app with the demo data: logins, Basic credentials, timed GETs. */
final class Requests {

    /** One answer and how long it took; status 0 when none came within the client's timeout. */
    record Timed(String url, int status, String contentType, String body, long millis) {
    }

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    private Requests() {
    }

    /** Logs {@code user} (password "demo") in and returns the Cookie header value a page needs. */
    static String login(HttpClient http, AppProcess app, String user) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.url("/j_security_check")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, r.statusCode());
        // The form session and the id of its server-side row (session/): a page needs both.
        String cookies = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("termboard-session=") || c.startsWith("termboard-sid="))
                .map(c -> c.substring(0, c.indexOf(';'))).collect(Collectors.joining("; "));
        assertTrue(cookies.contains("termboard-session=") && cookies.contains("termboard-sid="), cookies);
        return cookies;
    }

    /** The headers of a script on {@code user}'s login session: its cookies and the CSRF token its pages carry. */
    static Map<String, String> script(HttpClient http, AppProcess app, String user) throws Exception {
        String cookie = login(http, app, user);
        Timed home = get(http, app.url("/"), null, cookie, Duration.ofSeconds(20));
        Matcher token = CSRF_META.matcher(home.body());
        assertTrue(token.find(), "the dashboard carries the CSRF token for scripts: " + home.status());
        return Map.of("Cookie", cookie, "X-CSRF-Token", token.group(1));
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** A GET with an Authorization or Cookie header (either may be null), given up after {@code timeout}. */
    static Timed get(HttpClient http, String url, String auth, String cookie, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        if (auth != null) {
            b.header("Authorization", auth);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Timed(url, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            return new Timed(url, 0, "", e.toString(), (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Timed(url, 0, "", e.toString(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
