package com.termboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.security.Caller.Who;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every unsafe route (pages and API, from the compiled resources) sent on a live login session without its CSRF
 * token, in every shape a forged request can take (no body and no Content-Type, text/plain, multipart or a form
 * without token, a wrong token, another session's), is 403 and changes nothing in the database; the same route
 * with the token is not refused. The caller is one the access table lets make the change, so a 403 is the token's.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfMatrixTest {

    /** A forged request: how it dresses up, given the route and the victim's own (valid) token. */
    private record Forgery(String name, BiFunction<Routes.Route, String, RequestSpecification> dress) {
    }

    @Inject
    AgroalDataSource dataSource;

    private World world;
    private Caller caller;
    private DbState db;
    // One victim session and one other session per kind of user: the refusals leave both alive.
    private final Map<Who, World.Browser> sessions = new EnumMap<>(Who.class);
    private final Map<Who, World.Browser> otherSessions = new EnumMap<>(Who.class);

    @TestFactory
    Stream<DynamicNode> everyUnsafeRouteNeedsTheTokenOfItsSession() {
        world = new World();
        caller = new Caller(world);
        db = new DbState(dataSource);
        List<Routes.Route> routes = Routes.all().stream().filter(Routes.Route::changesState).toList();
        assertTrue(routes.size() >= 44, "unsafe routes found: " + routes.size());
        List<DynamicNode> nodes = new ArrayList<>();
        for (Routes.Route route : routes) {
            nodes.add(DynamicTest.dynamicTest(route.key(), () -> route(route)));
        }
        return nodes.stream();
    }

    private void route(Routes.Route route) {
        Who who = allowed(route);
        String path = AccessTable.fill(route, world);
        World.Browser victim = sessions.computeIfAbsent(who, this::login);
        String otherSession = otherSessions.computeIfAbsent(who, this::login).csrf();
        Map<String, String> before = db.snapshot();
        HttpResponse<String> bare = bare(victim, route.verb(), path);
        assertEquals(403, bare.statusCode(), route.key() + " without body or Content-Type as " + who + ": "
                + bare.body());
        for (Forgery forgery : forgeries(victim, otherSession)) {
            Response r = forgery.dress().apply(route, victim.csrf()).request(route.verb(), path);
            String what = route.key() + " " + forgery.name() + " as " + who;
            assertEquals(403, r.statusCode(), what + ": " + r.asString());
            String type = r.contentType();
            assertTrue(route.api() ? type.startsWith("application/problem+json") : type.startsWith("text/html"),
                    what + " answered " + type);
        }
        // Without a session there is nothing to forge: the login's own answer, never a 500.
        int anonymous = bare(null, route.verb(), path).statusCode();
        assertTrue(anonymous == 401 || anonymous == 302 || anonymous == 303, route.key() + " anonymous: " + anonymous);
        assertEquals(before, db.snapshot(), route.key() + ": a refused request changed nothing");
        // The victim's own page still works, with its token; logging out needs a session of its own.
        Response ok = caller.send(route, path, who);
        assertNotEquals(403, ok.statusCode(), route.key() + " with its token as " + who + ": " + ok.asString());
        assertTrue(ok.statusCode() < 500, route.key() + " with its token answered " + ok.statusCode());
    }

    private World.Browser login(Who who) {
        return World.browser(caller.username(who), caller.password(who));
    }

    /** The first kind of user the access table lets change this (logout: anyone logged in). */
    private static Who allowed(Routes.Route route) {
        if (route.path().equals("/logout")) {
            return Who.ADMIN;
        }
        List<String> expected = AccessTable.EXPECTED.get(route.key());
        for (Who who : Who.values()) {
            if (who != Who.ANONYMOUS && "ok".equals(expected.get(who.ordinal()))) {
                return who;
            }
        }
        throw new AssertionError("nobody may call " + route.key());
    }

    private static List<Forgery> forgeries(World.Browser victim, String otherSession) {
        return List.of(
                new Forgery("without body", (r, t) -> victim.req()),
                new Forgery("as text/plain carrying the token", (r, t) -> victim.req().contentType("text/plain")
                        .body("csrf-token=" + t)),
                new Forgery("as multipart without token", (r, t) -> victim.req().multiPart("name", "forged")
                        .multiPart("file", "p.csv", "metric,asOf,value\n".getBytes(StandardCharsets.UTF_8),
                                "text/csv")),
                new Forgery("as a form without token", (r, t) -> victim.req().formParam("name", "forged")
                        .formParam("note", "forged")),
                new Forgery("with a wrong token", (r, t) -> withToken(victim, r, tampered(t))),
                new Forgery("with the token of another session", (r, t) -> withToken(victim, r, otherSession)));
    }

    /**
     * The request with nothing but the cookies ({@code victim} null: none): no body, no Content-Type. REST Assured
     * would add a form type, which the old check did verify; this one it skipped, and the action ran or its page
     * failed with 500.
     */
    private static HttpResponse<String> bare(World.Browser victim, String verb, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .method(verb, HttpRequest.BodyPublishers.noBody());
        if (victim != null) {
            request.header("Cookie", victim.cookies().getCookieStore().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The token with its last character changed: the same length and alphabet, not the same value. */
    private static String tampered(String token) {
        char last = token.charAt(token.length() - 1);
        return token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    /** A token where this route's own client would put it: the header for JSON, the form field for pages. */
    private static RequestSpecification withToken(World.Browser victim, Routes.Route route, String token) {
        if (route.api()) {
            return victim.req().header("X-CSRF-Token", token).contentType("application/json").body("{}");
        }
        return victim.req().formParam("csrf-token", token).formParam("name", "forged");
    }
}
