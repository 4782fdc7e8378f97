package com.termboard.security;

import com.termboard.testing.Fixtures;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** The audit cases of the HTML forms: each posted once by a logged-in browser with its CSRF token. */
final class AuditPageCases {

    private final AuditActions a;
    private final World w;
    private final AuditCases.Adder add;

    AuditPageCases(AuditActions a, AuditCases.Adder add) {
        this.a = a;
        this.w = a.w;
        this.add = add;
    }

    private RequestSpecification form(String user) {
        World.Browser b = World.browser(user, user.equals("admin") || user.equals("exec") ? "demo" : World.PASSWORD);
        return b.req().formParam("csrf-token", b.csrf());
    }

    private static void redirected(RequestSpecification req, String path) {
        req.post(path).then().statusCode(303);
    }

    void addAll() {
        String p = w.president;
        String plan = "/terms/" + w.term + "/plan";
        add.add("POST /admin/users", "admin", "User", () -> () -> redirected(form("admin")
                .formParams(Map.of("username", Fixtures.unique("fu"), "displayName", "Form user", "password",
                        "password1", "roles", "REVIEWER")), "/admin/users"));
        add.add("POST /admin/users/{username}/email", "admin", "User", () -> () -> redirected(form("admin")
                .formParam("email", p + "@example.net"), "/admin/users/" + p + "/email"));
        add.add("POST /me", p, "User", () -> () -> redirected(form(p).formParams(Map.of("language", "en",
                "email", p + "@example.com", "emailNotifications", "on")), "/me"));
        add.add("POST /admin/groups", "admin", "BusinessGroup", () -> () -> redirected(form("admin")
                .formParams(Map.of("code", Fixtures.unique("FG"), "name", "Form group", "description", "",
                        "termMonths", "6", "units", "One")), "/admin/groups"));
        add.add("POST /admin/metrics", "admin", "Metric", () -> () -> redirected(form("admin")
                .formParams(Map.of("code", Fixtures.unique("FM"), "name", "Form metric", "unit", "count",
                        "direction", "HIGHER_IS_BETTER", "aggregation", "SUM", "description", "")), "/admin/metrics"));
        add.add("POST /groups/{code}", "admin", "BusinessGroup", () -> {
            String g = Fixtures.group();
            return () -> redirected(form("admin").formParams(Map.of("name", "Renamed", "description", "d",
                    "termMonths", "6", "units", "One\nTwo")), "/groups/" + g);
        });
        add.add("POST /groups/{code}/terms", "admin", "Term", () -> {
            String g = Fixtures.group();
            return () -> redirected(form("admin").formParams(Map.of("president", p, "startDate", "2032-01-01")),
                    "/groups/" + g + "/terms");
        });
        add.add("POST /groups/{code}/rotation", "admin", "Term", () -> {
            String g = Fixtures.group();
            return () -> redirected(form("admin").formParams(Map.of("presidents", p, "startDate", "2032-01-01",
                    "count", "1")), "/groups/" + g + "/rotation");
        });
        add.add("POST /terms/{id}/plan/objectives", p, "Objective", () -> () -> redirected(form(p).formParams(
                Map.of("title", "Form objective", "description", "d", "weight", "5", "perspective", "Risk")),
                plan + "/objectives"));
        add.add("POST /terms/{id}/plan/objectives/{oid}", p, "Objective", () -> {
            long o = World.objective(w.term, 5);
            long v = a.objectiveVersion(w.term, o);
            return () -> redirected(form(p).formParams(Map.of("title", "Edited", "description", "d", "weight", "7",
                    "perspective", "Risk", "version", String.valueOf(v))), plan + "/objectives/" + o);
        });
        add.add("POST /terms/{id}/plan/objectives/{oid}/delete", p, "Objective", () -> {
            long o = World.objective(w.term, 5);
            String v = String.valueOf(a.objectiveVersion(w.term, o));
            return () -> redirected(form(p).formParam("version", v), plan + "/objectives/" + o + "/delete");
        });
        add.add("POST /terms/{id}/plan/objectives/{oid}/move", p, "Objective", () -> {
            long o = World.objective(w.term, 5);
            return () -> redirected(form(p).formParam("direction", "up"), plan + "/objectives/" + o + "/move");
        });
        add.add("POST /terms/{id}/plan/objectives/{oid}/kpis", p, "Kpi", () -> () -> redirected(form(p)
                .formParams(Map.of("metric", "MAU", "baseline", "1", "target", "9", "weight", "30")),
                plan + "/objectives/" + w.objective + "/kpis"));
        add.add("POST /terms/{id}/plan/kpis/{kid}", p, "Kpi", () -> {
            long k = World.kpi(w.objective, 10);
            long v = a.kpiVersion(w.term, k);
            return () -> redirected(form(p).formParams(Map.of("metric", "MAU", "baseline", "2", "target", "9",
                    "weight", "20", "version", String.valueOf(v))), plan + "/kpis/" + k);
        });
        add.add("POST /terms/{id}/plan/kpis/{kid}/delete", p, "Kpi", () -> {
            long k = World.kpi(w.objective, 10);
            String v = String.valueOf(a.kpiVersion(w.term, k));
            return () -> redirected(form(p).formParam("version", v), plan + "/kpis/" + k + "/delete");
        });
        add.add("POST /terms/{id}/plan/submit", p, "Term", () -> {
            long t = a.plan(false);
            return () -> redirected(form(p), "/terms/" + t + "/plan/submit");
        });
        add.add("POST /terms/{id}/plan/approve", "exec", "Term", () -> {
            long t = a.plan(true);
            return () -> redirected(form("exec"), "/terms/" + t + "/plan/approve");
        });
        add.add("POST /terms/{id}/plan/reject", "exec", "Term", () -> {
            long t = a.plan(true);
            return () -> redirected(form("exec").formParam("reason", "redo"), "/terms/" + t + "/plan/reject");
        });
        pagesOfProgressHandoverAndReviews(p);
    }

    private void pagesOfProgressHandoverAndReviews(String p) {
        String progress = "/terms/" + w.approvedTerm + "/progress";
        add.add("POST /terms/{id}/progress", p, "ProgressEntry", () -> () -> redirected(form(p).formParams(Map.of(
                "value-" + w.approvedKpi, "16", "asOf-" + w.approvedKpi, w.today.toString(),
                "idempotency-token", UUID.randomUUID().toString())), progress));
        add.add("POST /terms/{id}/progress/import", p, "ProgressEntry", () -> () -> {
            World.Browser b = World.browser(p, World.PASSWORD);
            byte[] csv = ("metric,asOf,value,comment\nMAU," + w.today + ",17,imported\n")
                    .getBytes(StandardCharsets.UTF_8);
            b.req().multiPart("csrf-token", b.csrf()).multiPart("idempotency-token", UUID.randomUUID().toString())
                    .multiPart("file", "progress.csv", csv, "text/csv").post(progress + "/import").then()
                    .statusCode(303);
        });
        add.add("POST /terms/{id}/handover/note", p, "Handover", () -> () -> redirected(form(p)
                .formParam("note", "Form note"), "/terms/" + a.ending + "/handover/note"));
        add.add("POST /terms/{id}/handover/decisions", a.incoming, "HandoverItem", () -> {
            long o = World.objective(a.ending, 10);
            return () -> redirected(form(a.incoming).formParams(Map.of("objective", String.valueOf(o),
                    "decision", "DROP", "reason", "done")), "/terms/" + a.ending + "/handover/decisions");
        });
        add.add("POST /terms/{id}/handover/decisions/{objective}/undo", a.incoming, "HandoverItem", () -> {
            long o = World.objective(a.ending, 10);
            redirected(form(a.incoming).formParams(Map.of("objective", String.valueOf(o), "decision", "DROP",
                    "reason", "done")), "/terms/" + a.ending + "/handover/decisions");
            return () -> redirected(form(a.incoming), "/terms/" + a.ending + "/handover/decisions/" + o + "/undo");
        });
        add.add("POST /terms/{id}/cycles", "admin", "ReviewCycle", () -> () -> redirected(form("admin").formParams(
                Map.of("name", Fixtures.unique("Form cycle "), "opensOn", w.today.toString(), "closesOn",
                        w.today.plusDays(9).toString(), "reviewers", w.reviewer)), "/terms/" + w.term + "/cycles"));
        add.add("POST /reviews/{id}/reopen", "admin", "Review", () -> {
            long r = a.submittedReview();
            return () -> redirected(form("admin").formParam("reason", "again"), "/reviews/" + r + "/reopen");
        });
        add.add("POST /cycles/{id}/review", w.reviewer, "Review", () -> {
            long c = a.cycle();
            return () -> redirected(form(w.reviewer).formParams(Map.of("action", "draft", "comment", "form draft")),
                    "/cycles/" + c + "/review");
        });
    }
}
