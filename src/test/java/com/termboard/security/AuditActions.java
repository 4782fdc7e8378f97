package com.termboard.security;

import com.termboard.testing.Fixtures;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Building blocks for performing each state-changing action once: fresh terms, plans, cycles and reviews. */
final class AuditActions {

    final World w;
    final String incoming = World.user("wn", "PRESIDENT");
    /** A term of {@code w.president} that ends in four days (its handover is open), followed by {@code incoming}. */
    final long ending;
    final long next;

    AuditActions(World w) {
        this.w = w;
        String group = Fixtures.group();
        List<Map<String, Object>> made = Fixtures.admin().body(Map.of("presidents", List.of(w.president, incoming),
                "startDate", w.today.minusMonths(6).plusDays(5).toString(), "count", 2))
                .post("/api/groups/" + group + "/rotation").then().statusCode(201).extract().path("$");
        ending = World.id(made.get(0).get("id"));
        next = World.id(made.get(1).get("id"));
    }

    RequestSpecification as(String user) {
        return user.equals("admin") || user.equals("exec") ? Fixtures.as(user, "demo")
                : Fixtures.as(user, World.PASSWORD);
    }

    /** A fresh active term of the president with a complete plan, submitted when asked. */
    long plan(boolean submitted) {
        long term = World.term(Fixtures.group(), w.president, w.today.withDayOfMonth(1));
        World.kpi(World.objective(term, 100), 100);
        if (submitted) {
            as(w.president).post("/api/terms/" + term + "/plan/submit").then().statusCode(200);
        }
        return term;
    }

    /** A fresh open cycle of the world's term with the reviewer assigned. */
    long cycle() {
        return w.cycle(w.term, List.of(w.reviewer));
    }

    /** A submitted review of the reviewer on a fresh term with one objective; answers the review id. */
    long submittedReview() {
        long term = World.term(Fixtures.group(), w.president, w.today.withDayOfMonth(1));
        long objective = World.objective(term, 100);
        long cycle = w.cycle(term, List.of(w.reviewer));
        Map<String, Object> rating = Map.of("objective", objective, "rating", 4, "comment", "fine");
        return World.id(as(w.reviewer).body(Map.of("ratings", List.of(rating), "comment", "done", "submit", true))
                .put("/api/cycles/" + cycle + "/reviews/me").then().statusCode(200).extract().path("id"));
    }

    long objectiveVersion(long term, long objective) {
        return World.id(Fixtures.admin().get("/api/terms/" + term).then().statusCode(200).extract()
                .path("objectives.find { it.id == " + objective + " }.version"));
    }

    long kpiVersion(long term, long kpi) {
        return World.id(Fixtures.admin().get("/api/terms/" + term).then().statusCode(200).extract()
                .path("objectives.kpis.flatten().find { it.id == " + kpi + " }.version"));
    }

    static Map<String, Object> objectiveBody(int weight) {
        return new HashMap<>(Map.of("title", Fixtures.unique("Audited "), "description", "d", "weight", weight,
                "perspective", "Growth"));
    }

    static Map<String, Object> kpiBody() {
        return new HashMap<>(Map.of("metric", "MAU", "baseline", 1, "target", 5, "weight", 40));
    }

    static Map<String, Object> user() {
        return Map.of("username", Fixtures.unique("au"), "displayName", "Audited", "password", "password1",
                "roles", List.of("REVIEWER"));
    }

    static Map<String, Object> group() {
        return Map.of("code", Fixtures.unique("AG"), "name", "Audited group", "description", "", "termMonths", 6,
                "units", List.of("One"));
    }

    static Map<String, Object> metric() {
        return Map.of("code", Fixtures.unique("AM"), "name", "Audited metric", "unit", "count",
                "direction", "HIGHER_IS_BETTER", "aggregation", "LATEST", "description", "");
    }

    Map<String, Object> cycleBody() {
        return Map.of("name", Fixtures.unique("Audit cycle "), "opensOn", w.today.minusDays(1).toString(),
                "closesOn", w.today.plusDays(10).toString(), "final", false, "reviewers", List.of(w.reviewer));
    }
}
