package com.termboard.security;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected answer of every route to each kind of user, in the column order of {@link Caller.Who}: anonymous,
 * admin, executive, the term's president, another president, the assigned reviewer, another reviewer.
 * <ul>
 * <li>{@code login}: anonymous is sent to the login page (pages) or answered 401 problem+json (API)</li>
 * <li>{@code 200}, {@code 403}, {@code 404}: exactly that status</li>
 * <li>{@code ok}: a state change the caller may make (an empty body may be refused as invalid: 400/409/422, or
 * carried out: 2xx/303) — anything but 401/403/404/5xx</li>
 * </ul>
 */
final class AccessTable {

    static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        // Another president's term, cycle, progress or handover is 403; reviewers read the terms they review.
        //                                                  anon  admin exec  pres  other rev   other rev
        row("GET /",                                       "login 200   200   200   200   200   200");
        row("GET /admin",                                  "login 200   403   403   403   403   403");
        row("GET /admin/audit",                            "login 200   403   403   403   403   403");
        row("POST /admin/groups",                          "login ok    403   403   403   403   403");
        row("POST /admin/metrics",                         "login ok    403   403   403   403   403");
        row("POST /admin/users",                           "login ok    403   403   403   403   403");
        row("POST /admin/users/{username}/email",          "login ok    403   403   403   403   403");
        row("POST /api/admin/reminders/run",               "login ok    403   403   403   403   403");
        row("GET /api/audit",                              "login 200   403   403   403   403   403");
        row("GET /api/cycles/{id}",                        "login 200   200   200   403   200   403");
        row("GET /api/cycles/{id}/reviews/me",             "login 403   403   403   403   200   403");
        row("PUT /api/cycles/{id}/reviews/me",             "login 403   403   403   403   ok    403");
        row("GET /api/groups",                             "login 200   200   200   200   200   200");
        row("POST /api/groups",                            "login ok    403   403   403   403   403");
        row("POST /api/groups/{code}/rotation",            "login ok    403   403   403   403   403");
        row("GET /api/groups/{code}/terms",                "login 200   200   200   200   200   200");
        row("POST /api/groups/{code}/terms",               "login ok    403   403   403   403   403");
        row("DELETE /api/kpis/{id}",                       "login ok    403   ok    403   403   403");
        row("PUT /api/kpis/{id}",                          "login ok    403   ok    403   403   403");
        row("GET /api/kpis/{id}/progress",                 "login 200   200   200   403   403   403");
        row("POST /api/kpis/{id}/progress",                "login ok    403   ok    403   403   403");
        row("GET /api/kpis/{id}/progress/{entry}",         "login 200   200   200   403   403   403");
        row("GET /api/me/preferences",                     "login 200   200   200   200   200   200");
        row("PUT /api/me/preferences",                     "login ok    ok    ok    ok    ok    ok");
        row("GET /api/metrics",                            "login 200   200   200   200   200   200");
        // A notification is its user's alone: the world's is the president's (their plan was approved).
        row("GET /api/notifications",                      "login 200   200   200   200   200   200");
        row("POST /api/notifications/{id}/read",           "login 404   404   ok    404   404   404");
        row("POST /api/metrics",                           "login ok    403   403   403   403   403");
        row("DELETE /api/objectives/{id}",                 "login ok    403   ok    403   403   403");
        row("PUT /api/objectives/{id}",                    "login ok    403   ok    403   403   403");
        row("POST /api/objectives/{id}/kpis",              "login ok    403   ok    403   403   403");
        row("GET /api/reports/compare",                    "login 200   200   403   403   403   403");
        row("GET /api/reports/groups/{code}",              "login 200   200   403   403   403   403");
        row("GET /api/reports/presidents/{username}",      "login 200   200   403   403   403   403");
        row("GET /api/reports/reviewers",                  "login 200   200   403   403   403   403");
        row("POST /api/reviews/{id}/reopen",               "login ok    403   403   403   403   403");
        row("GET /api/tasks",                              "login 200   200   200   200   200   200");
        row("GET /api/terms/{id}",                         "login 200   200   200   403   200   403");
        row("GET /api/terms/{id}/cycles",                  "login 200   200   200   403   200   403");
        row("POST /api/terms/{id}/cycles",                 "login ok    403   403   403   403   403");
        row("GET /api/terms/{id}/handover",                "login 200   200   200   403   403   403");
        row("PUT /api/terms/{id}/handover",                "login ok    403   ok    403   403   403");
        row("POST /api/terms/{id}/handover/decisions",     "login ok    403   403   403   403   403");
        row("DELETE /api/terms/{id}/handover/decisions/{objective}", "login ok 403 403 403 403 403");
        row("POST /api/terms/{id}/objectives",             "login ok    403   ok    403   403   403");
        row("POST /api/terms/{id}/plan/approve",           "login ok    ok    403   403   403   403");
        row("POST /api/terms/{id}/plan/reject",            "login ok    ok    403   403   403   403");
        row("POST /api/terms/{id}/plan/submit",            "login ok    403   ok    403   403   403");
        row("GET /api/terms/{id}/scorecard",               "login 200   200   200   403   200   403");
        row("GET /api/users",                              "login 200   403   403   403   403   403");
        row("POST /api/users",                             "login ok    403   403   403   403   403");
        row("GET /approvals",                              "login 200   200   403   403   403   403");
        row("GET /cycles",                                 "login 200   200   403   403   403   403");
        row("GET /cycles/{id}",                            "login 200   200   200   403   200   403");
        row("GET /cycles/{id}/review",                     "login 403   403   403   403   200   403");
        row("POST /cycles/{id}/review",                    "login 403   403   403   403   ok    403");
        row("GET /groups",                                 "login 200   200   200   200   200   200");
        row("GET /groups/{code}",                          "login 200   200   200   200   200   200");
        row("POST /groups/{code}",                         "login ok    403   403   403   403   403");
        row("POST /groups/{code}/rotation",                "login ok    403   403   403   403   403");
        row("POST /groups/{code}/terms",                   "login ok    403   403   403   403   403");
        // The language switcher: anybody, logged in or not, chooses a language and goes back (303).
        row("GET /lang/{tag}",                             "303   303   303   303   303   303   303");
        row("GET /login",                                  "200   200   200   200   200   200   200");
        row("GET /me",                                     "login 200   200   200   200   200   200");
        row("POST /me",                                    "login ok    ok    ok    ok    ok    ok");
        row("GET /notifications",                          "login 200   200   200   200   200   200");
        row("POST /notifications/read",                    "login ok    ok    ok    ok    ok    ok");
        row("POST /notifications/{id}/read",               "login 404   404   ok    404   404   404");
        row("GET /login/failed",                           "200   200   200   200   200   200   200");
        row("GET /logout",                                 "login 200   200   200   200   200   200");
        row("POST /logout",                                "login login login login login login login");
        row("GET /reports",                                "login 200   200   403   403   403   403");
        row("GET /reports/compare",                        "login 200   200   403   403   403   403");
        row("GET /reports/compare.csv",                    "login 200   200   403   403   403   403");
        row("GET /reports/groups/{code}",                  "login 200   200   403   403   403   403");
        row("GET /reports/groups/{code}.csv",              "login 200   200   403   403   403   403");
        row("GET /reports/presidents/{username}",          "login 200   200   403   403   403   403");
        row("GET /reports/presidents/{username}.csv",      "login 200   200   403   403   403   403");
        row("GET /reports/reviewers",                      "login 200   200   403   403   403   403");
        row("GET /reports/reviewers.csv",                  "login 200   200   403   403   403   403");
        row("POST /reviews/{id}/reopen",                   "login ok    403   403   403   403   403");
        row("GET /terms/{id}",                             "login 200   200   200   403   200   403");
        row("GET /terms/{id}/cycles",                      "login 200   200   200   403   200   403");
        row("POST /terms/{id}/cycles",                     "login ok    403   403   403   403   403");
        row("GET /terms/{id}/handover",                    "login 200   200   200   403   403   403");
        row("POST /terms/{id}/handover/decisions",         "login ok    403   403   403   403   403");
        row("POST /terms/{id}/handover/decisions/{objective}/undo", "login ok 403 403 403 403 403");
        row("POST /terms/{id}/handover/note",              "login ok    403   ok    403   403   403");
        row("GET /terms/{id}/plan",                        "login 200   200   200   403   200   403");
        row("POST /terms/{id}/plan/approve",               "login ok    ok    403   403   403   403");
        row("POST /terms/{id}/plan/kpis/{kid}",            "login ok    403   ok    403   403   403");
        row("POST /terms/{id}/plan/kpis/{kid}/delete",     "login ok    403   ok    403   403   403");
        row("POST /terms/{id}/plan/objectives",            "login ok    403   ok    403   403   403");
        row("POST /terms/{id}/plan/objectives/{oid}",      "login ok    403   ok    403   403   403");
        row("POST /terms/{id}/plan/objectives/{oid}/delete","login ok    403   ok    403   403   403");
        row("POST /terms/{id}/plan/objectives/{oid}/kpis", "login ok    403   ok    403   403   403");
        row("POST /terms/{id}/plan/objectives/{oid}/move", "login ok    403   ok    403   403   403");
        row("POST /terms/{id}/plan/reject",                "login ok    ok    403   403   403   403");
        row("POST /terms/{id}/plan/submit",                "login ok    403   ok    403   403   403");
        row("GET /terms/{id}/progress",                    "login 200   200   200   403   403   403");
        row("POST /terms/{id}/progress",                   "login ok    403   ok    403   403   403");
        row("POST /terms/{id}/progress/import",            "login ok    403   ok    403   403   403");
        row("GET /terms/{id}/progress/template.csv",       "login 200   403   200   403   403   403");
        row("GET /terms/{id}/scorecard.csv",               "login 200   200   200   403   200   403");

    }

    private AccessTable() {
    }

    private static void row(String route, String cells) {
        List<String> list = Arrays.asList(cells.trim().split("\\s+"));
        if (list.size() != Caller.Who.values().length) {
            throw new IllegalArgumentException(route + " needs " + Caller.Who.values().length + " cells");
        }
        if (EXPECTED.put(route, list) != null) {
            throw new IllegalArgumentException("twice: " + route);
        }
    }

    /** What a response means for the matrix; see the class comment. */
    static String classify(Routes.Route route, int status, String location, String contentType) {
        if (status >= 500) {
            return String.valueOf(status);
        }
        if (!route.api() && (status == 302 || status == 303) && location != null && location.contains("/login")) {
            return "login";
        }
        if (route.api() && status == 401 && contentType != null && contentType.startsWith("application/problem+json")) {
            return "login";
        }
        if (status == 401 || status == 403 || status == 404) {
            return String.valueOf(status);
        }
        if (route.changesState() && (status < 400 || status == 400 || status == 409 || status == 422)) {
            return "ok";
        }
        return String.valueOf(status);
    }

    /** The route's path with its parameters filled from {@code world}; deletions get an objective or KPI of their own. */
    static String fill(Routes.Route route, World w) {
        String p = route.path();
        boolean deletes = route.verb().equals("DELETE") || p.endsWith("/delete");
        long objective = deletes && (p.contains("{oid}") || p.startsWith("/api/objectives"))
                ? World.objective(w.term, 10) : w.objective;
        long kpi = deletes && (p.contains("{kid}") || p.startsWith("/api/kpis")) ? World.kpi(w.objective) : w.kpi;
        String id;
        if (p.startsWith("/terms/{id}/progress")) {
            id = String.valueOf(w.approvedTerm);
        } else if (p.startsWith("/api/kpis/{id}/progress")) {
            id = String.valueOf(w.approvedKpi);
        } else if (p.startsWith("/api/terms/") || p.startsWith("/terms/")) {
            id = String.valueOf(w.term);
        } else if (p.startsWith("/api/cycles/") || p.startsWith("/cycles/")) {
            id = String.valueOf(w.cycle);
        } else if (p.startsWith("/api/reviews/") || p.startsWith("/reviews/")) {
            id = String.valueOf(w.review);
        } else if (p.startsWith("/api/notifications/") || p.startsWith("/notifications/")) {
            id = String.valueOf(w.notification);
        } else if (p.startsWith("/api/objectives/")) {
            id = String.valueOf(objective);
        } else if (p.startsWith("/api/kpis/")) {
            id = String.valueOf(kpi);
        } else {
            id = "0";
        }
        String filled = p.replace("{id}", id).replace("{oid}", String.valueOf(objective))
                .replace("{kid}", String.valueOf(kpi)).replace("{entry}", String.valueOf(w.entry))
                .replace("{objective}", String.valueOf(w.objective))
                .replace("{code}", w.group).replace("{username}", w.president).replace("{tag}", "zh-CN");
        if (filled.matches(".*\\{[^}]+}.*")) {
            throw new AssertionError("no value for a parameter of " + route.key());
        }
        return filled + query(route.key(), w);
    }

    private static String query(String key, World w) {
        if (key.contains("/reports/compare")) {
            return "?terms=" + w.term + "," + w.otherTerm;
        }
        if (key.equals("GET /api/audit") || key.equals("GET /admin/audit")) {
            return "?entity=Term&id=" + w.term;
        }
        return "";
    }
}
