package com.termboard.security;

import static io.restassured.RestAssured.given;

import com.termboard.testing.Fixtures;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small world for the security tests, made through the admin API: an active term of {@code president} with a
 * draft plan (one objective, one KPI, one progress entry), an open review cycle with {@code reviewer} assigned
 * and a draft review, and outsiders: another president with a term of their own and an unassigned reviewer.
 */
final class World {

    static final String PASSWORD = "password1";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    final String president = user("wp", "PRESIDENT");
    final String otherPresident = user("wq", "PRESIDENT");
    final String reviewer = user("wr", "REVIEWER");
    final String otherReviewer = user("ws", "REVIEWER");
    final String group = Fixtures.group();
    final long term = term(group, president, today.withDayOfMonth(1).minusMonths(1));
    final long otherTerm = term(Fixtures.group(), otherPresident, today.withDayOfMonth(1).minusMonths(1));
    final long objective = objective(term, 50);
    final long kpi = kpi(objective);
    final long approvedTerm = term(Fixtures.group(), president, today.withDayOfMonth(1).minusMonths(1));
    final long approvedKpi = approvedKpi(approvedTerm);
    final long entry = entry(approvedKpi);
    final long cycle = cycle(term, List.of(reviewer));
    final long review = draftReview(cycle, reviewer, objective);
    /** The president's notification that the plan of {@code approvedTerm} was approved. */
    final long notification = notification(president, "PLAN_APPROVED", approvedTerm);

    static long notification(String user, String kind, long subject) {
        List<Map<String, Object>> all = Fixtures.as(user, PASSWORD).get("/api/notifications").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return all.stream().filter(n -> kind.equals(n.get("kind"))
                && ((Number) ((Map<?, ?>) n.get("subject")).get("id")).longValue() == subject)
                .map(n -> ((Number) n.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " notification of " + user + ": " + all));
    }

    static String user(String prefix, String... roles) {
        String name = Fixtures.unique(prefix);
        Fixtures.admin().body(Map.of("username", name, "displayName", "User " + name, "password", PASSWORD,
                "roles", List.of(roles))).post("/api/users").then().statusCode(201);
        return name;
    }

    static long term(String group, String president, LocalDate start) {
        return id(Fixtures.admin().body(Map.of("president", president, "startDate", start.toString()))
                .post("/api/groups/" + group + "/terms").then().statusCode(201).extract().path("id"));
    }

    /** A new objective of the draft plan of {@code term}, made by the admin. */
    static long objective(long term, int weight) {
        return id(Fixtures.admin().body(Map.of("title", Fixtures.unique("Objective "), "description", "d",
                "weight", weight, "perspective", "Growth")).post("/api/terms/" + term + "/objectives")
                .then().statusCode(201).extract().path("id"));
    }

    static long kpi(long objective) {
        return kpi(objective, 50);
    }

    static long kpi(long objective, int weight) {
        return id(Fixtures.admin().body(Map.of("metric", "MAU", "baseline", 10, "target", 20, "weight", weight))
                .post("/api/objectives/" + objective + "/kpis").then().statusCode(201).extract().path("id"));
    }

    /** The only KPI of an approved plan of {@code term}, so that progress can be entered. */
    long approvedKpi(long term) {
        long k = kpi(objective(term, 100), 100);
        Fixtures.as(president, PASSWORD).post("/api/terms/" + term + "/plan/submit").then().statusCode(200);
        Fixtures.as("exec", "demo").post("/api/terms/" + term + "/plan/approve").then().statusCode(200);
        return k;
    }

    long entry(long kpi) {
        return id(Fixtures.admin().body(Map.of("asOf", today.toString(), "value", 12, "comment", "c",
                "confidence", 3)).post("/api/kpis/" + kpi + "/progress").then().statusCode(201).extract().path("id"));
    }

    long cycle(long term, List<String> reviewers) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", Fixtures.unique("Cycle "));
        body.put("opensOn", today.minusDays(1).toString());
        body.put("closesOn", today.plusDays(10).toString());
        body.put("final", false);
        body.put("reviewers", reviewers);
        return id(Fixtures.admin().body(body).post("/api/terms/" + term + "/cycles").then().statusCode(201)
                .extract().path("id"));
    }

    static long draftReview(long cycle, String reviewer, long objective) {
        Map<String, Object> rating = Map.of("objective", objective, "rating", 3, "comment", "ok");
        return id(Fixtures.as(reviewer, PASSWORD).body(Map.of("ratings", List.of(rating), "comment", "draft",
                "submit", false)).put("/api/cycles/" + cycle + "/reviews/me").then().statusCode(200)
                .extract().path("id"));
    }

    /** A logged-in browser session of {@code username} and the CSRF token of its forms. */
    record Browser(CookieFilter cookies, String csrf) {
        RequestSpecification req() {
            return given().filter(cookies).redirects().follow(false);
        }

        /** A request as a page's script sends it on the session: the CSRF token in the X-CSRF-Token header. */
        RequestSpecification api() {
            return req().header("X-CSRF-Token", csrf);
        }
    }

    static Browser browser(String username, String password) {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check").then().statusCode(302);
        String html = given().filter(cookies).redirects().follow(false).get("/").then().statusCode(200)
                .extract().asString();
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on / for " + username);
        }
        return new Browser(cookies, m.group(1));
    }

    static long id(Object value) {
        return ((Number) value).longValue();
    }
}
