package com.termboard.handover;

import static org.hamcrest.Matchers.equalTo;

import com.termboard.testing.Fixtures;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Sessions;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two consecutive terms of a new group built through the API: the outgoing president's term A (2040 H1) with an
 * approved plan of two objectives, progress entered inside A, and the incoming president's term B (2040 H2), draft.
 */
final class HandoverFixture {

    static final LocalDate END_A = LocalDate.of(2040, 6, 30);

    /** What was made: term ids, presidents (password {@code password1}), objectives of A and its KPIs. */
    record Made(String group, long a, long b, String outgoing, String incoming, long growth, long quality,
            long latestKpi, long sumKpi, long averageKpi, long otherKpi, String latest, String sum, String average) {
    }

    private HandoverFixture() {
    }

    /**
     * Objective "Grow merchants" (60%): LATEST 100 → 200 (weight 40), SUM none → 1000 (30), AVERAGE lower-is-better
     * 10 → 6 (30); objective "Keep quality" (40%): LATEST 100 → 200 (100). Entries: LATEST 120 then 150, SUM 100 and
     * 250, AVERAGE 9, 8 and 7, the other KPI 170; so the closing actuals are 150, 350, 8 and 170.
     */
    static Made make(MutableClock clock) {
        String outgoing = Fixtures.president();
        String incoming = Fixtures.president();
        String group = Fixtures.group();
        List<Map<String, Object>> terms = Fixtures.admin().body(Map.of("presidents", List.of(outgoing, incoming),
                "startDate", "2040-01-01", "count", 2)).post("/api/groups/" + group + "/rotation").then()
                .statusCode(201).extract().path("$");
        long a = ((Number) terms.get(0).get("id")).longValue();
        long b = ((Number) terms.get(1).get("id")).longValue();
        String latest = metric("LATEST", "HIGHER_IS_BETTER");
        String sum = metric("SUM", "HIGHER_IS_BETTER");
        String average = metric("AVERAGE", "LOWER_IS_BETTER");
        long growth = create(as(outgoing), "/api/terms/" + a + "/objectives", objective("Grow merchants", 60));
        long quality = create(as(outgoing), "/api/terms/" + a + "/objectives", objective("Keep quality", 40));
        long l = create(as(outgoing), "/api/objectives/" + growth + "/kpis", kpi(latest, 100, 200, 40));
        long s = create(as(outgoing), "/api/objectives/" + growth + "/kpis", kpi(sum, null, 1000, 30));
        long v = create(as(outgoing), "/api/objectives/" + growth + "/kpis", kpi(average, 10, 6, 30));
        long o = create(as(outgoing), "/api/objectives/" + quality + "/kpis", kpi(latest, 100, 200, 100));
        as(outgoing).post("/api/terms/" + a + "/plan/submit").then().statusCode(200);
        Sessions.basic("exec").post("/api/terms/" + a + "/plan/approve").then().statusCode(200)
                .body("planStatus", equalTo("APPROVED"));
        clock.setToday(LocalDate.of(2040, 5, 15));
        enter(outgoing, l, "2040-02-01", 120);
        enter(outgoing, l, "2040-03-01", 150);
        enter(outgoing, s, "2040-02-01", 100);
        enter(outgoing, s, "2040-04-01", 250);
        enter(outgoing, v, "2040-02-01", 9);
        enter(outgoing, v, "2040-03-01", 8);
        enter(outgoing, v, "2040-04-01", 7);
        enter(outgoing, o, "2040-05-01", 170);
        return new Made(group, a, b, outgoing, incoming, growth, quality, l, s, v, o, latest, sum, average);
    }

    static RequestSpecification as(String user) {
        return Fixtures.as(user, "password1");
    }

    static String metric(String aggregation, String direction) {
        String code = Fixtures.unique("HM").toUpperCase();
        Fixtures.admin().body(Map.of("code", code, "name", "Handover " + aggregation, "unit", "count",
                "direction", direction, "aggregation", aggregation, "description", ""))
                .post("/api/metrics").then().statusCode(201);
        return code;
    }

    static Map<String, Object> objective(String title, int weight) {
        return new HashMap<>(Map.of("title", title, "description", "Why " + title, "weight", weight,
                "perspective", "Growth"));
    }

    static Map<String, Object> kpi(String metric, Integer baseline, int target, int weight) {
        Map<String, Object> body = new HashMap<>(Map.of("metric", metric, "target", target, "weight", weight));
        body.put("baseline", baseline);
        return body;
    }

    static void enter(String president, long kpi, String asOf, int value) {
        as(president).body(Map.of("asOf", asOf, "value", value)).post("/api/kpis/" + kpi + "/progress").then()
                .statusCode(201);
    }

    static long create(RequestSpecification who, String path, Map<String, Object> body) {
        return ((Number) who.body(body).post(path).then().statusCode(201).extract().path("id")).longValue();
    }

    static Map<String, Object> decision(long objective, String decision, String reason, Integer weight) {
        Map<String, Object> body = new HashMap<>();
        body.put("objective", objective);
        body.put("decision", decision);
        body.put("reason", reason);
        body.put("weight", weight);
        return body;
    }
}
