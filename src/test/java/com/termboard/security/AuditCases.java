package com.termboard.security;

import static com.termboard.security.AuditActions.kpiBody;
import static com.termboard.security.AuditActions.objectiveBody;

import com.termboard.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** One case per state-changing route: who performs it, which entity its audit entry names, and how. */
final class AuditCases {

    /** {@code prepare} makes what the action needs (audited itself) and answers the action to measure. */
    record Case(String route, String actor, String entity, Supplier<Runnable> prepare) {
    }

    static final List<String> ROUTES = new ArrayList<>();

    private final List<Case> cases = new ArrayList<>();
    private final AuditActions a;
    private final World w;

    AuditCases(AuditActions a) {
        this.a = a;
        this.w = a.w;
        api();
        pages();
    }

    List<Case> all() {
        return cases;
    }

    private void add(String route, String actor, String entity, Supplier<Runnable> prepare) {
        cases.add(new Case(route, actor, entity, prepare));
    }

    static {
        for (String r : List.of("POST /api/users", "POST /api/groups", "POST /api/metrics",
                "POST /api/groups/{code}/terms", "POST /api/groups/{code}/rotation", "POST /api/terms/{id}/objectives",
                "PUT /api/objectives/{id}", "DELETE /api/objectives/{id}", "POST /api/objectives/{id}/kpis",
                "PUT /api/kpis/{id}", "DELETE /api/kpis/{id}", "POST /api/terms/{id}/plan/submit",
                "POST /api/terms/{id}/plan/approve", "POST /api/terms/{id}/plan/reject", "POST /api/kpis/{id}/progress",
                "PUT /api/terms/{id}/handover", "POST /api/terms/{id}/handover/decisions",
                "DELETE /api/terms/{id}/handover/decisions/{objective}", "POST /api/terms/{id}/cycles", "PUT /api/cycles/{id}/reviews/me", "POST /api/reviews/{id}/reopen",
                "POST /admin/users", "POST /admin/groups", "POST /admin/metrics", "POST /groups/{code}",
                "POST /groups/{code}/terms", "POST /groups/{code}/rotation", "POST /terms/{id}/plan/objectives",
                "POST /terms/{id}/plan/objectives/{oid}", "POST /terms/{id}/plan/objectives/{oid}/delete",
                "POST /terms/{id}/plan/objectives/{oid}/move", "POST /terms/{id}/plan/objectives/{oid}/kpis",
                "POST /terms/{id}/plan/kpis/{kid}", "POST /terms/{id}/plan/kpis/{kid}/delete",
                "POST /terms/{id}/plan/submit", "POST /terms/{id}/plan/approve", "POST /terms/{id}/plan/reject",
                "POST /terms/{id}/progress", "POST /terms/{id}/progress/import", "POST /terms/{id}/handover/note",
                "POST /terms/{id}/handover/decisions", "POST /terms/{id}/handover/decisions/{objective}/undo",
                "POST /terms/{id}/cycles", "POST /reviews/{id}/reopen",
                "POST /cycles/{id}/review", "PUT /api/me/preferences", "POST /me",
                "POST /admin/users/{username}/email")) {
            ROUTES.add(r);
        }
    }

    private void api() {
        String p = w.president;
        add("POST /api/users", "admin", "User", () -> () -> created(a.as("admin").body(AuditActions.user()),
                "/api/users"));
        add("POST /api/groups", "admin", "BusinessGroup",
                () -> () -> created(a.as("admin").body(AuditActions.group()), "/api/groups"));
        add("POST /api/metrics", "admin", "Metric", () -> () -> created(a.as("admin").body(AuditActions.metric()),
                "/api/metrics"));
        add("POST /api/groups/{code}/terms", "admin", "Term", () -> {
            String g = Fixtures.group();
            return () -> created(a.as("admin").body(Map.of("president", p, "startDate", "2031-01-01")),
                    "/api/groups/" + g + "/terms");
        });
        add("POST /api/groups/{code}/rotation", "admin", "Term", () -> {
            String g = Fixtures.group();
            return () -> created(a.as("admin").body(Map.of("presidents", List.of(p), "startDate", "2031-01-01",
                    "count", 1)), "/api/groups/" + g + "/rotation");
        });
        add("POST /api/terms/{id}/objectives", p, "Objective",
                () -> () -> created(a.as(p).body(objectiveBody(5)), "/api/terms/" + w.term + "/objectives"));
        add("PUT /api/objectives/{id}", p, "Objective", () -> {
            long o = World.objective(w.term, 5);
            Map<String, Object> body = objectiveBody(6);
            body.put("version", a.objectiveVersion(w.term, o));
            return () -> a.as(p).body(body).put("/api/objectives/" + o).then().statusCode(200);
        });
        add("DELETE /api/objectives/{id}", p, "Objective", () -> {
            long o = World.objective(w.term, 5);
            long v = a.objectiveVersion(w.term, o);
            return () -> a.as(p).delete("/api/objectives/" + o + "?version=" + v).then().statusCode(204);
        });
        add("POST /api/objectives/{id}/kpis", p, "Kpi",
                () -> () -> created(a.as(p).body(kpiBody()), "/api/objectives/" + w.objective + "/kpis"));
        add("PUT /api/kpis/{id}", p, "Kpi", () -> {
            long k = World.kpi(w.objective, 10);
            Map<String, Object> body = kpiBody();
            body.put("version", a.kpiVersion(w.term, k));
            return () -> a.as(p).body(body).put("/api/kpis/" + k).then().statusCode(200);
        });
        add("DELETE /api/kpis/{id}", p, "Kpi", () -> {
            long k = World.kpi(w.objective, 10);
            long v = a.kpiVersion(w.term, k);
            return () -> a.as(p).delete("/api/kpis/" + k + "?version=" + v).then().statusCode(204);
        });
        add("POST /api/terms/{id}/plan/submit", p, "Term", () -> {
            long t = a.plan(false);
            return () -> a.as(p).post("/api/terms/" + t + "/plan/submit").then().statusCode(200);
        });
        add("POST /api/terms/{id}/plan/approve", "exec", "Term", () -> {
            long t = a.plan(true);
            return () -> a.as("exec").post("/api/terms/" + t + "/plan/approve").then().statusCode(200);
        });
        add("POST /api/terms/{id}/plan/reject", "exec", "Term", () -> {
            long t = a.plan(true);
            return () -> a.as("exec").body(Map.of("reason", "redo")).post("/api/terms/" + t + "/plan/reject")
                    .then().statusCode(200);
        });
        add("POST /api/kpis/{id}/progress", p, "ProgressEntry", () -> () -> created(a.as(p).body(Map.of("asOf",
                w.today.toString(), "value", 15)), "/api/kpis/" + w.approvedKpi + "/progress"));
        add("PUT /api/terms/{id}/handover", p, "Handover", () -> () -> a.as(p).body(Map.of("note", "Notes",
                "recommendations", List.of())).put("/api/terms/" + a.ending + "/handover").then().statusCode(200));
        add("POST /api/terms/{id}/handover/decisions", a.incoming, "HandoverItem", () -> {
            long o = World.objective(a.ending, 10);
            return () -> a.as(a.incoming).body(Map.of("objective", o, "decision", "DROP", "reason", "done"))
                    .post("/api/terms/" + a.ending + "/handover/decisions").then().statusCode(201);
        });
        add("DELETE /api/terms/{id}/handover/decisions/{objective}", a.incoming, "HandoverItem", () -> {
            long o = World.objective(a.ending, 10);
            a.as(a.incoming).body(Map.of("objective", o, "decision", "DROP", "reason", "done"))
                    .post("/api/terms/" + a.ending + "/handover/decisions").then().statusCode(201);
            return () -> a.as(a.incoming).delete("/api/terms/" + a.ending + "/handover/decisions/" + o).then()
                    .statusCode(200);
        });
        add("POST /api/terms/{id}/cycles", "admin", "ReviewCycle",
                () -> () -> created(a.as("admin").body(a.cycleBody()), "/api/terms/" + w.term + "/cycles"));
        add("PUT /api/cycles/{id}/reviews/me", w.reviewer, "Review", () -> {
            long c = a.cycle();
            return () -> a.as(w.reviewer).body(Map.of("ratings", List.of(), "comment", "c", "submit", false))
                    .put("/api/cycles/" + c + "/reviews/me").then().statusCode(200);
        });
        add("PUT /api/me/preferences", p, "User", () -> () -> a.as(p).body(Map.of("language", "zh-CN", "email",
                p + "@example.org", "emailNotifications", true, "digest", false)).put("/api/me/preferences").then()
                .statusCode(200));
        add("POST /api/reviews/{id}/reopen", "admin", "Review", () -> {
            long r = a.submittedReview();
            return () -> a.as("admin").body(Map.of("reason", "again")).post("/api/reviews/" + r + "/reopen")
                    .then().statusCode(200);
        });
    }

    private void pages() {
        new AuditPageCases(a, this::add).addAll();
    }

    private static void created(io.restassured.specification.RequestSpecification req, String path) {
        req.post(path).then().statusCode(201);
    }

    static String token() {
        return UUID.randomUUID().toString();
    }

    interface Adder {
        void add(String route, String actor, String entity, Supplier<Runnable> prepare);
    }
}
