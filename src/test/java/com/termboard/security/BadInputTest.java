package com.termboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.RawHttp;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every form and API body refuses invalid values (API 400 problem+json, pages 422 with the message beside the
 * field), never answers 500, and leaves every table exactly as it was, audit log included.
 */
@QuarkusTest
class BadInputTest {

    @Inject
    AgroalDataSource dataSource;

    private DbState db;
    private Map<String, String> state;

    @TestFactory
    Stream<DynamicTest> everyBadValueIsRefusedAndChangesNothing() {
        db = new DbState(dataSource);
        BadInputs inputs = new BadInputs();
        BadInputWorld world = new BadInputWorld(new AuditActions(new World()));
        new BadApiCases(world, inputs).addAll();
        new BadFormCases(world, inputs).addAll();
        assertTrue(inputs.cases.size() > 300, "only " + inputs.cases.size() + " cases");
        return inputs.cases.stream().map(c -> DynamicTest.dynamicTest(c.label(), () -> check(c)));
    }

    private void check(BadInputs.Case c) {
        if (state == null) {
            state = db.snapshot();
        }
        Response r = c.send().get();
        int status = r.statusCode();
        String body = r.asString();
        Map<String, String> after = db.snapshot();
        Map<String, String> before = state;
        state = after;
        assertTrue(status < 500, c.label() + " answered " + status + ": " + shorten(body));
        assertTrue(c.expected().contains(status), c.label() + " answered " + status + ", expected " + c.expected()
                + ": " + shorten(body));
        assertEquals(before, after, c.label() + " changed the database");
        if (c.page()) {
            assertTrue(body.contains("class=\"field-error\"") || body.contains("role=\"alert\""),
                    c.label() + ": no message on the page");
        } else if (status == 400 && !c.label().startsWith("GET")) {
            assertTrue(r.contentType().startsWith("application/problem+json"), c.label() + ": " + r.contentType());
            String detail = r.path("detail");
            List<?> errors = r.path("errors");
            assertTrue((detail != null && !detail.isBlank()) || (errors != null && !errors.isEmpty()),
                    c.label() + ": no message in " + shorten(body));
            if (c.field() != null) {
                List<String> fields = r.path("errors.field");
                assertTrue(fields != null && fields.stream().anyMatch(f -> f.equals(c.field())
                        || f.startsWith(c.field() + ".")), c.label() + ": " + c.field() + " not named in "
                        + shorten(body));
            }
        }
    }

    /**
     * What Vert.x would refuse with an empty body before any route runs (a body over the size limit, an address
     * over 8 KB) and a NUL: problem+json on the API, the error page elsewhere, and nothing changed.
     */
    @Test
    void refusalsBeforeRoutingAnswerLikeEveryOtherRefusal() {
        db = new DbState(dataSource);
        Map<String, String> before = db.snapshot();
        String basic = "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes());
        String group = "{\"code\":\"NUL\",\"name\":\"n\",\"description\":\"\",\"termMonths\":6,\"units\":[\"One\"]}";
        Map<String, RawHttp.Answer> answers = new java.util.LinkedHashMap<>();
        answers.put("413 api", RawHttp.send("POST /api/groups HTTP/1.1\r\n" + basic
                + "\r\nContent-Type: application/json\r\nContent-Length: " + (6 * 1024 * 1024), group));
        answers.put("413 page", RawHttp.send("POST /groups HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded"
                + "\r\nContent-Length: " + (6 * 1024 * 1024), "code=A"));
        answers.put("414 api", RawHttp.send("GET /api/audit?entity=" + "x".repeat(9000) + " HTTP/1.1\r\n" + basic, ""));
        answers.put("414 page", RawHttp.send("GET /groups?x=" + "x".repeat(9000) + " HTTP/1.1", ""));
        answers.put("400 api NUL in the query", RawHttp.send("GET /api/audit?entity=%00 HTTP/1.1\r\n" + basic, ""));
        answers.forEach((what, a) -> {
            assertEquals(Integer.parseInt(what.substring(0, 3)), a.status(), what + ": " + a.headers());
            if (what.contains("api")) {
                assertTrue(String.valueOf(a.header("Content-Type")).startsWith("application/problem+json"),
                        what + ": " + a.headers());
                assertTrue(a.body().contains("\"status\":" + a.status()), what + ": " + a.body());
            } else {
                assertTrue(String.valueOf(a.header("Content-Type")).startsWith("text/html"), what + ": " + a.headers());
                assertTrue(a.body().contains("role=\"alert\"") || a.body().contains("<h1"), what + ": " + a.body());
            }
        });
        // A chunked body (no Content-Length) is only found too large while RESTEasy reads it, and its reader answers
        // a bare 413 itself: still never a 500, and nothing stored.
        String chunk = "x".repeat(1024 * 1024);
        String chunked = "a\r\n{\"name\":\"x\r\n"
                + (Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n").repeat(6);
        assertEquals(413, RawHttp.send("POST /api/groups HTTP/1.1\r\n" + basic + "\r\nContent-Type: "
                + "application/json\r\nTransfer-Encoding: chunked", chunked + "0\r\n\r\n").status());
        // A malformed escape, which no HTTP client library sends: a refusal too, never an error of ours.
        int badEscape = RawHttp.send("GET /lang/en?back=/%zz HTTP/1.1", "").status();
        assertTrue(badEscape == 400 || badEscape == 303, "back=/%zz answered " + badEscape);
        // A NUL in a header is refused by Netty's HTTP decoder itself, before Vert.x calls any handler: a bare 400.
        assertEquals(400, RawHttp.send("POST /api/groups HTTP/1.1\r\n" + basic + "\r\nContent-Type: application/json"
                + "\r\nX-Note: a\u0000b\r\nContent-Length: " + group.length(), group).status());
        assertEquals(400, RawHttp.send("GET /api/groups HTTP/1.1\r\n" + basic + "\r\nAccept-Language: en\u0000", "")
                .status());
        assertEquals(before, db.snapshot(), "a refused request changed the database");
    }

    private static String shorten(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
