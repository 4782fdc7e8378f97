package com.termboard.task;

import com.termboard.testing.Fixtures;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Terms with complete plans and a user's tasks read through {@code GET /api/tasks}, for the task tests and journeys. */
public final class TaskFixture {

    private TaskFixture() {
    }

    /** A term of {@code president} (password {@code password1}) in a new group, with a plan ready to submit. */
    public static Plan plannedTerm(String president, String start) {
        long term = Fixtures.term(president, start);
        long objective = create(as(president), "/api/terms/" + term + "/objectives",
                Map.of("title", "Grow merchants", "description", "", "weight", 100, "perspective", "Growth"));
        long first = create(as(president), "/api/objectives/" + objective + "/kpis",
                Map.of("metric", "MERCHANTS", "baseline", 100, "target", 200, "weight", 60));
        long second = create(as(president), "/api/objectives/" + objective + "/kpis",
                Map.of("metric", "NPS", "baseline", 10, "target", 30, "weight", 40));
        return new Plan(term, objective, first, second);
    }

    /** A {@link #plannedTerm} whose plan the president submitted and the demo executive approved. */
    public static Plan approvedTerm(String president, String start) {
        Plan plan = plannedTerm(president, start);
        as(president).post("/api/terms/" + plan.term() + "/plan/submit").then().statusCode(200);
        as("exec").post("/api/terms/" + plan.term() + "/plan/approve").then().statusCode(200);
        return plan;
    }

    /** What {@link #plannedTerm} made. */
    public record Plan(long term, long objective, long firstKpi, long secondKpi) {
    }

    /** A new user holding {@code role}, password {@code password1}. */
    public static String user(String role) {
        String name = Fixtures.unique(role.substring(0, 3).toLowerCase());
        Fixtures.admin().body(Map.of("username", name, "displayName", "User " + name, "password", "password1",
                "roles", List.of(role))).post("/api/users").then().statusCode(201);
        return name;
    }

    public static RequestSpecification as(String user) {
        return user.equals("exec") || user.equals("admin") ? Fixtures.as(user, "demo") : Fixtures.as(user, "password1");
    }

    /** The user's tasks as the API returns them. */
    public static List<Map<String, Object>> tasks(String user) {
        return as(user).get("/api/tasks").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The user's task of {@code kind} about {@code subject}, or null. */
    public static Map<String, Object> task(String user, String kind, long subject) {
        return tasks(user).stream().filter(t -> kind.equals(t.get("kind"))
                && ((Number) ((Map<?, ?>) t.get("subject")).get("id")).longValue() == subject).findFirst().orElse(null);
    }

    public static void enter(String president, long kpi, String asOf, int value) {
        as(president).body(Map.of("asOf", asOf, "value", value)).post("/api/kpis/" + kpi + "/progress").then()
                .statusCode(201);
    }

    static long create(RequestSpecification who, String path, Map<String, Object> body) {
        return ((Number) who.body(new HashMap<>(body)).post(path).then().statusCode(201).extract().path("id"))
                .longValue();
    }
}
