package com.termboard.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Markup typed into any text field is stored as typed (it is legitimate text) and shown escaped on every page
 * that shows it: the raw tags never reach a page.
 */
@QuarkusTest
class EscapingTest {

    static final String PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    static final String SHORT = "<script>alert(1)</script>";
    static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    @TestFactory
    Stream<DynamicTest> storedMarkupIsEscapedOnEveryPage() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String reviewer = World.user("xr", "REVIEWER");
        String president = Fixtures.unique("xp");
        Fixtures.admin().body(Map.of("username", president, "displayName", PAYLOAD, "password", World.PASSWORD,
                "roles", List.of("PRESIDENT"))).post("/api/users").then().statusCode(201);
        String group = Fixtures.unique("XG");
        Fixtures.admin().body(Map.of("code", group, "name", PAYLOAD, "description", PAYLOAD, "termMonths", 6,
                "units", List.of(PAYLOAD))).post("/api/groups").then().statusCode(201);
        String metric = Fixtures.unique("XM");
        Fixtures.admin().body(Map.of("code", metric, "name", PAYLOAD, "unit", "count", "direction",
                "HIGHER_IS_BETTER", "aggregation", "LATEST", "description", PAYLOAD)).post("/api/metrics")
                .then().statusCode(201);
        List<Map<String, Object>> terms = Fixtures.admin().body(Map.of("presidents", List.of(president, "lqiao"),
                "startDate", today.minusMonths(6).plusDays(5).toString(), "count", 2))
                .post("/api/groups/" + group + "/rotation").then().statusCode(201).extract().path("$");
        long term = World.id(terms.get(0).get("id"));
        var as = Fixtures.as(president, World.PASSWORD);
        long objective = World.id(as.body(Map.of("title", PAYLOAD, "description", PAYLOAD, "weight", 100,
                "perspective", "Growth")).post("/api/terms/" + term + "/objectives").then().statusCode(201)
                .extract().path("id"));
        long kpi = World.id(Fixtures.as(president, World.PASSWORD).body(Map.of("metric", metric, "baseline", 1,
                "target", 5, "weight", 100)).post("/api/objectives/" + objective + "/kpis").then().statusCode(201)
                .extract().path("id"));
        Fixtures.as(president, World.PASSWORD).post("/api/terms/" + term + "/plan/submit").then().statusCode(200);
        Fixtures.as("exec", "demo").body(Map.of("reason", PAYLOAD)).post("/api/terms/" + term + "/plan/reject")
                .then().statusCode(200);
        Fixtures.as(president, World.PASSWORD).post("/api/terms/" + term + "/plan/submit").then().statusCode(200);
        Fixtures.as("exec", "demo").post("/api/terms/" + term + "/plan/approve").then().statusCode(200);
        Fixtures.as(president, World.PASSWORD).body(Map.of("asOf", today.toString(), "value", 3, "comment", PAYLOAD))
                .post("/api/kpis/" + kpi + "/progress").then().statusCode(201);
        Fixtures.as(president, World.PASSWORD).body(Map.of("note", PAYLOAD, "recommendations", List.of()))
                .put("/api/terms/" + term + "/handover").then().statusCode(200);
        long cycle = World.id(Fixtures.admin().body(Map.of("name", SHORT, "opensOn", today.minusDays(1).toString(),
                "closesOn", today.plusDays(3).toString(), "final", false, "reviewers", List.of(reviewer)))
                .post("/api/terms/" + term + "/cycles").then().statusCode(201).extract().path("id"));
        Map<String, Object> rating = Map.of("objective", objective, "rating", 4, "comment", PAYLOAD);
        Fixtures.as(reviewer, World.PASSWORD).body(Map.of("ratings", List.of(rating), "comment", PAYLOAD,
                "submit", true)).put("/api/cycles/" + cycle + "/reviews/me").then().statusCode(200);

        World.Browser admin = World.browser("admin", "demo");
        World.Browser exec = World.browser("exec", "demo");
        World.Browser owner = World.browser(president, World.PASSWORD);
        World.Browser rev = World.browser(reviewer, World.PASSWORD);
        Map<String, World.Browser> pages = new java.util.LinkedHashMap<>();
        for (String p : List.of("/", "/groups", "/groups/" + group, "/terms/" + term, "/terms/" + term + "/plan",
                "/terms/" + term + "/progress", "/terms/" + term + "/handover", "/terms/" + term + "/cycles",
                "/cycles", "/cycles/" + cycle, "/admin",
                // the audit page lists the latest entries: filtered, so that other tests' entries cannot push ours off
                "/admin/audit?entity=Objective&id=" + objective)) {
            pages.put(p, admin);
        }
        String compare = "/reports/compare?terms=" + term + "," + terms.get(1).get("id");
        for (String p : List.of("/", compare, "/reports/groups/" + group, "/reports/presidents/" + president,
                "/reports/reviewers")) {
            pages.put("exec " + p, exec);
        }
        pages.put("president /", owner);
        pages.put("president /terms/" + term + "/progress", owner);
        pages.put("reviewer /", rev);
        pages.put("reviewer /cycles/" + cycle + "/review", rev);
        return pages.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String path = e.getKey().substring(e.getKey().indexOf('/'));
            String html = e.getValue().req().get(path).then().statusCode(200).extract().asString();
            assertFalse(html.contains("<script>alert"), "raw script on " + e.getKey());
            assertFalse(html.contains("<img src=x"), "raw img on " + e.getKey());
            assertFalse(html.contains("onerror=alert(1)>"), "raw attribute on " + e.getKey());
            assertTrue(html.contains(ESCAPED), "the escaped text is not on " + e.getKey());
        }));
    }
}
