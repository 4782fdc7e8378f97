package com.termboard.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every kind of answer (pages, redirects, error pages, CSV, static files, JSON, problem+json) carries the security
 * headers: a Content-Security-Policy without inline scripts that forbids framing, nosniff, and a Referrer-Policy;
 * every answer to a signed-in user (form session or HTTP Basic), refusals included, is {@code no-store}.
 */
@QuarkusTest
class SecurityHeadersTest {

    record Probe(String who, String path, int status, Supplier<RequestSpecification> as) {
    }

    static Supplier<RequestSpecification> anonymous() {
        return () -> given().redirects().follow(false);
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        Number termId = Sessions.basic("admin").get("/api/groups/ABG/terms").then().statusCode(200)
                .extract().path("[0].id");
        Number otherTerm = Sessions.basic("admin").get("/api/groups/DPBG/terms").then().statusCode(200)
                .extract().path("[0].id");
        String pair = termId + "," + otherTerm;
        Sessions.Session admin = Sessions.session("admin", "demo");
        Sessions.Session reviewer = Sessions.session("rev1", "demo");
        List<Probe> probes = new ArrayList<>();
        for (String path : List.of("/login", "/login/failed", "/login/failed?locked=true", "/css/app.css",
                "/js/plan.js")) {
            probes.add(new Probe("anonymous", path, 200, anonymous()));
        }
        probes.add(new Probe("anonymous", "/", 303, anonymous()));
        probes.add(new Probe("anonymous", "/api/groups", 401, anonymous()));
        for (String path : List.of("/", "/groups", "/groups/ABG", "/reports", "/reports/compare?terms=" + pair,
                "/reports/compare.csv?terms=" + pair, "/reports/groups/ABG", "/reports/groups/ABG.csv",
                "/reports/reviewers",
                "/cycles", "/admin", "/admin/audit", "/terms/" + termId, "/terms/" + termId + "/plan",
                "/terms/" + termId + "/progress", "/terms/" + termId + "/cycles",
                "/terms/" + termId + "/scorecard.csv")) {
            probes.add(new Probe("admin", path, 200, admin::req));
        }
        probes.add(new Probe("admin", "/no-such-page", 404, admin::req));
        probes.add(new Probe("admin", "/css/app.css", 200, admin::req));
        probes.add(new Probe("admin", "/lang/en?back=/groups", 303, admin::req));
        probes.add(new Probe("admin", "/lang/en?back=/a%20b%25", 400, admin::req));
        probes.add(new Probe("admin", "/api/audit?entity=%00", 400, admin::req));
        probes.add(new Probe("rev1", "/admin", 403, reviewer::req));
        probes.add(new Probe("admin", "/logout", 200, Sessions.session("admin", "demo")::req));
        for (String path : List.of("/api/groups", "/api/audit", "/api/terms/" + termId,
                "/api/terms/" + termId + "/scorecard", "/api/reports/reviewers")) {
            probes.add(new Probe("admin (Basic)", path, 200, () -> Sessions.basic("admin")));
        }
        probes.add(new Probe("rev1 (Basic)", "/api/users", 403, () -> Sessions.basic("rev1")));
        probes.add(new Probe("admin (Basic)", "/api/terms/999999999", 404, () -> Sessions.basic("admin")));
        probes.add(new Probe("admin (Basic)", "/api/audit?entity=%00", 400, () -> Sessions.basic("admin")));

        List<String> problems = new ArrayList<>();
        for (Probe probe : probes) {
            Response r = probe.as().get().urlEncodingEnabled(false).get(probe.path());
            String where = probe.who() + " GET " + probe.path();
            if (r.statusCode() != probe.status()) {
                problems.add(where + ": status " + r.statusCode() + " instead of " + probe.status());
            }
            problems.addAll(headerProblems(where, r));
            if (!probe.who().equals("anonymous") && !"no-store".equals(r.header("Cache-Control"))) {
                problems.add(where + ": Cache-Control " + r.header("Cache-Control"));
            }
        }
        Response post = Sessions.basic("admin").contentType("application/json").body(Map.of())
                .post("/api/groups");
        assertEquals(400, post.statusCode());
        problems.addAll(headerProblems("admin (Basic) POST /api/groups {}", post));
        assertEquals("no-store", post.header("Cache-Control"), "a refused API call");
        assertEquals(List.of(), problems);
        assertTrue(probes.size() >= 39, "routes checked: " + probes.size());
    }

    @Test
    void theLoginAnswerWithTheNewSessionIsNotStored() {
        Response login = given().redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", "demo").post("/j_security_check");
        assertEquals(302, login.statusCode());
        assertEquals("no-store", login.header("Cache-Control"));
    }

    static List<String> headerProblems(String where, Response r) {
        List<String> problems = new ArrayList<>();
        String csp = r.header("Content-Security-Policy");
        if (csp == null) {
            return List.of(where + ": no Content-Security-Policy");
        }
        List<String> directives = Arrays.stream(csp.split(";")).map(String::trim).toList();
        if (!directives.contains("frame-ancestors 'none'")) {
            problems.add(where + ": framing allowed: " + csp);
        }
        String scripts = directives.stream().filter(d -> d.startsWith("script-src ")).findFirst()
                .orElse(directives.stream().filter(d -> d.startsWith("default-src ")).findFirst().orElse(""));
        if (scripts.isEmpty() || scripts.contains("'unsafe-inline'") || scripts.contains("'unsafe-eval'")
                || scripts.contains("*")) {
            problems.add(where + ": scripts not limited to our files: " + csp);
        }
        if (!"nosniff".equals(r.header("X-Content-Type-Options"))) {
            problems.add(where + ": X-Content-Type-Options " + r.header("X-Content-Type-Options"));
        }
        String referrer = r.header("Referrer-Policy");
        if (!List.of("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin")
                .contains(referrer)) {
            problems.add(where + ": Referrer-Policy " + referrer);
        }
        return problems;
    }
}
