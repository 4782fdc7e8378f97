package com.termboard.security;

import static com.termboard.security.BadInputs.DATE;
import static com.termboard.security.BadInputs.DECIMAL;
import static com.termboard.security.BadInputs.ENUM;
import static com.termboard.security.BadInputs.ID;
import static com.termboard.security.BadInputs.OPTIONAL_TEXT;
import static com.termboard.security.BadInputs.PERCENT;
import static com.termboard.security.BadInputs.TEXT;

import com.termboard.security.BadInputWorld.As;
import com.termboard.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The API bodies, each field with its kind of invalid values. */
final class BadApiCases {

    private static final String DROP = "\"'; DROP TABLE term; --\"";
    private final BadInputWorld x;
    private final BadInputs in;

    BadApiCases(BadInputWorld x, BadInputs in) {
        this.x = x;
        this.in = in;
    }

    private void post(As who, String path, Map<String, ?> base, String field, List<String> raws) {
        in.api("POST", path, () -> path, base, field, raws, (p, body) -> x.json(who, "POST", p, body));
    }

    private void put(As who, String path, Map<String, ?> base, String field, List<String> raws) {
        in.api("PUT", path, () -> path, base, field, raws, (p, body) -> x.json(who, "PUT", p, body));
    }

    void addAll() {
        World w = x.w;
        String today = w.today.toString();
        Map<String, Object> user = Map.of("username", Fixtures.unique("bad"), "displayName", "Bad", "password",
                "password1", "roles", List.of("REVIEWER"));
        post(As.ADMIN, "/api/users", user, "username", BadInputs.plus(TEXT, "\"Has Space\"", DROP, "\"<b>x</b>\""));
        post(As.ADMIN, "/api/users", user, "displayName", TEXT);
        post(As.ADMIN, "/api/users", user, "password", BadInputs.plus(TEXT, "\"a\""));
        post(As.ADMIN, "/api/users", user, "roles", List.of("[\"GOD\"]", "\"ADMIN\"", "[]", "[null]", "null"));
        List<String> badEmail = BadInputs.plus(OPTIONAL_TEXT, "\"no-at-sign\"", "\"a@b\"", "\"a b@example.com\"",
                "\"a@@example.com\"", "[]");
        post(As.ADMIN, "/api/users", user, "email", badEmail);
        Map<String, Object> prefs = Map.of("language", "en", "email", w.president + "@example.com",
                "emailNotifications", true, "digest", true);
        put(As.PRESIDENT, "/api/me/preferences", prefs, "language", BadInputs.plus(ENUM, "\"fr\"", "null"));
        put(As.PRESIDENT, "/api/me/preferences", prefs, "email", badEmail);
        put(As.PRESIDENT, "/api/me/preferences", prefs, "emailNotifications", List.of("null", "\"maybe\"", "[]"));
        put(As.PRESIDENT, "/api/me/preferences", prefs, "digest", List.of("null", "\"maybe\"", "{}"));
        Map<String, Object> group = Map.of("code", Fixtures.unique("BG"), "name", "Bad group", "description", "",
                "termMonths", 6, "units", List.of("One"));
        post(As.ADMIN, "/api/groups", group, "code", BadInputs.plus(TEXT, "\"lower\"", DROP, "\"<script>\""));
        post(As.ADMIN, "/api/groups", group, "name", TEXT);
        post(As.ADMIN, "/api/groups", group, "description", OPTIONAL_TEXT);
        // No term length is the default length, six months.
        post(As.ADMIN, "/api/groups", group, "termMonths", PERCENT.stream().filter(v -> !v.equals("null")).toList());
        // A blank unit is left out, as a blank line of the form is.
        post(As.ADMIN, "/api/groups", group, "units", List.of("\"One\"", "[" + BadInputs.json(BadInputs.LONG)
                + "]", "[\"a\\u0000\"]", "[null]", "{}"));
        Map<String, Object> metric = Map.of("code", Fixtures.unique("BM"), "name", "Bad metric", "unit", "count",
                "direction", "HIGHER_IS_BETTER", "aggregation", "SUM", "description", "");
        post(As.ADMIN, "/api/metrics", metric, "code", BadInputs.plus(TEXT, "\"lower\"", DROP));
        post(As.ADMIN, "/api/metrics", metric, "name", TEXT);
        post(As.ADMIN, "/api/metrics", metric, "unit", OPTIONAL_TEXT);
        post(As.ADMIN, "/api/metrics", metric, "direction", ENUM);
        post(As.ADMIN, "/api/metrics", metric, "aggregation", ENUM);
        String terms = "/api/groups/" + x.group + "/terms";
        Map<String, Object> term = Map.of("president", w.president, "startDate", "2033-01-01");
        post(As.ADMIN, terms, term, "president", BadInputs.plus(TEXT, "\"nobody-here\"", "\"exec\"", DROP));
        post(As.ADMIN, terms, term, "startDate", DATE);
        // An empty optional date is no date (the default end); every other bad one is refused.
        post(As.ADMIN, terms, term, "endDate", BadInputs.plus(DATE.stream().filter(d -> !d.equals("\"\"")).toList(),
                "\"2032-12-31\""));
        post(As.ADMIN, terms, term, "label", OPTIONAL_TEXT);
        String rotation = "/api/groups/" + x.group + "/rotation";
        Map<String, Object> rot = Map.of("presidents", List.of(w.president), "startDate", "2034-01-01", "count", 1);
        post(As.ADMIN, rotation, rot, "count", List.of("0", "-1", "1.5", "\"abc\"", "NaN", "1e400", "99999999999",
                "100000", "null"));
        post(As.ADMIN, rotation, rot, "presidents", List.of("[]", "[\"nobody-here\"]", "\"" + w.president + "\"",
                "[null]", "[" + DROP + "]"));
        post(As.ADMIN, rotation, rot, "startDate", DATE);
        plan(w);
        progressHandoverReviews(w, today);
        malformed(w);
    }

    private void plan(World w) {
        String objectives = "/api/terms/" + w.term + "/objectives";
        Map<String, Object> o = Map.of("title", "T", "description", "", "weight", 5, "perspective", "Growth");
        post(As.PRESIDENT, objectives, o, "title", TEXT);
        post(As.PRESIDENT, objectives, o, "description", OPTIONAL_TEXT);
        post(As.PRESIDENT, objectives, o, "weight", PERCENT);
        post(As.PRESIDENT, objectives, o, "perspective", BadInputs.plus(ENUM, "\"growth\"", "null"));
        post(As.PRESIDENT, objectives, o, "continues", BadInputs.plus(ID, String.valueOf(x.otherObjective),
                String.valueOf(w.objective)));
        Map<String, Object> edit = Map.of("title", "T", "description", "", "weight", 5, "perspective", "Growth",
                "version", x.objectiveVersion);
        put(As.PRESIDENT, "/api/objectives/" + w.objective, edit, "title", TEXT);
        put(As.PRESIDENT, "/api/objectives/" + w.objective, edit, "weight", PERCENT);
        put(As.PRESIDENT, "/api/objectives/" + w.objective, edit, "version", List.of("\"abc\"", "NaN", "1.5"));
        String kpis = "/api/objectives/" + w.objective + "/kpis";
        Map<String, Object> k = Map.of("metric", "MAU", "baseline", 1, "target", 5, "weight", 10);
        post(As.PRESIDENT, kpis, k, "metric", BadInputs.plus(TEXT, "\"NOPE\"", DROP));
        post(As.PRESIDENT, kpis, k, "baseline", BadInputs.plus(DECIMAL, "5"));
        post(As.PRESIDENT, kpis, k, "target", BadInputs.plus(DECIMAL, "1", "null"));
        post(As.PRESIDENT, kpis, k, "weight", PERCENT);
        Map<String, Object> kEdit = Map.of("metric", "MAU", "baseline", 1, "target", 5, "weight", 10, "version",
                x.kpiVersion);
        put(As.PRESIDENT, "/api/kpis/" + w.kpi, kEdit, "target", DECIMAL);
        put(As.PRESIDENT, "/api/kpis/" + w.kpi, kEdit, "weight", PERCENT);
        Map<String, Object> reason = Map.of("reason", "r");
        post(As.EXEC, "/api/terms/" + x.submittedPlan + "/plan/reject", reason, "reason", TEXT);
    }

    private void progressHandoverReviews(World w, String today) {
        String progress = "/api/kpis/" + w.approvedKpi + "/progress";
        Map<String, Object> p = Map.of("asOf", today, "value", 1, "comment", "c", "confidence", 3);
        post(As.PRESIDENT, progress, p, "asOf", BadInputs.plus(DATE, "\"2000-01-01\"", "\"" + w.today.plusDays(1) + "\""));
        post(As.PRESIDENT, progress, p, "value", BadInputs.plus(DECIMAL, "null"));
        post(As.PRESIDENT, progress, p, "comment", OPTIONAL_TEXT);
        post(As.PRESIDENT, progress, p, "confidence", List.of("0", "6", "1.5", "\"abc\"", "NaN", "1e400"));
        post(As.PRESIDENT, progress, p, "supersedes", ID);
        String handover = "/api/terms/" + x.a.ending + "/handover";
        Map<String, Object> note = Map.of("note", "n", "recommendations", List.of());
        put(As.PRESIDENT, handover, note, "note", List.of(BadInputs.json(BadInputs.LONG), "\"a\\u0000b\"",
                "\"\\ud800\"", "{}"));
        put(As.PRESIDENT, handover, note, "recommendations", List.of("[{\"objective\":" + x.otherObjective
                + ",\"recommendation\":\"CLOSE\"}]", "[{\"objective\":" + x.endingObjective
                + ",\"recommendation\":\"MAYBE\"}]", "\"x\"", "[null]", "[{\"objective\":\"abc\"}]"));
        String decisions = handover + "/decisions";
        Map<String, Object> drop = Map.of("objective", x.endingObjective, "decision", "DROP", "reason", "r");
        post(As.INCOMING, decisions, drop, "objective", BadInputs.plus(ID, String.valueOf(x.otherObjective)));
        post(As.INCOMING, decisions, drop, "decision", ENUM);
        post(As.INCOMING, decisions, drop, "reason", TEXT);
        Map<String, Object> carry = Map.of("objective", x.endingObjective, "decision", "CARRY_OVER", "weight", 10);
        post(As.INCOMING, decisions, carry, "weight", PERCENT);
        String cycles = "/api/terms/" + w.term + "/cycles";
        Map<String, Object> c = Map.of("name", "C", "opensOn", today, "closesOn", w.today.plusDays(5).toString(),
                "final", false, "reviewers", List.of(w.reviewer));
        post(As.ADMIN, cycles, c, "name", TEXT);
        post(As.ADMIN, cycles, c, "opensOn", DATE);
        post(As.ADMIN, cycles, c, "closesOn", BadInputs.plus(DATE, "\"" + w.today.minusDays(5) + "\"", "\"2099-01-01\""));
        post(As.ADMIN, cycles, c, "final", List.of("\"maybe\"", "[]", "{}"));
        post(As.ADMIN, cycles, c, "reviewers", List.of("[\"nobody-here\"]", "[\"exec\"]", "\"" + w.reviewer + "\"",
                "[null]"));
        String mine = "/api/cycles/" + w.cycle + "/reviews/me";
        Map<String, Object> review = Map.of("ratings", List.of(), "comment", "c", "submit", false);
        List<String> ratings = new ArrayList<>();
        for (String r : List.of("0", "6", "1.5", "\"abc\"", "NaN", "Infinity", "99999999999999999999")) {
            ratings.add("[{\"objective\":" + w.objective + ",\"rating\":" + r + "}]");
        }
        for (String o : BadInputs.plus(ID, String.valueOf(x.otherObjective))) {
            ratings.add("[{\"objective\":" + o + ",\"rating\":3}]");
        }
        ratings.add("[{\"objective\":" + w.objective + ",\"rating\":3,\"comment\":" + BadInputs.json(BadInputs.LONG)
                + "}]");
        put(As.REVIEWER, mine, review, "ratings", BadInputs.plus(ratings, "\"x\"", "[null]"));
        put(As.REVIEWER, mine, review, "comment", OPTIONAL_TEXT);
        put(As.REVIEWER, mine, review, "submit", List.of("\"maybe\"", "[]"));
        post(As.ADMIN, "/api/reviews/" + x.submittedReview + "/reopen", Map.of("reason", "r"), "reason", TEXT);
    }

    private void malformed(World w) {
        for (String body : List.of("{", "[]", "null", "\"text\"", "", "{\"code\":}", "{\"code\":\"A\",}")) {
            in.raw("POST /api/groups malformed " + BadInputs.shorten(body), () -> x.json(As.ADMIN, "POST",
                    "/api/groups", body), Set.of(400));
        }
        // A body that would create a group, followed by more or naming a field twice: refused, not half read.
        String valid = "{\"code\":\"" + Fixtures.unique("TG") + "\",\"name\":\"Trailing\",\"description\":\"\","
                + "\"termMonths\":6,\"units\":[\"One\"]}";
        Map<String, String> garbage = Map.of("trailing word", valid + " x", "two objects", valid + valid,
                "trailing array", valid + " []", "extra brace", valid + "}",
                "name twice", valid.replace("\"name\":\"Trailing\"", "\"name\":\"One\",\"name\":\"Two\""));
        garbage.forEach((what, body) -> in.raw("POST /api/groups " + what, () -> x.json(As.ADMIN, "POST",
                "/api/groups", body), Set.of(400)));
        in.raw("POST /api/groups as text/plain", () -> x.browser(As.ADMIN).api().contentType("text/plain")
                .body("code=A").post("/api/groups"), Set.of(400, 415));
        for (String id : List.of("abc", "-1", "999999999999999999999", "1.5", "%27%3B%20DROP%20TABLE%20term")) {
            for (String path : List.of("/api/terms/", "/terms/", "/cycles/", "/api/kpis/", "/terms/")) {
                String full = path.equals("/api/kpis/") ? path + id + "/progress" : path + id;
                in.raw("GET " + full, () -> x.browser(As.ADMIN).req().get(full), Set.of(400, 404));
            }
        }
        for (String path : List.of("/groups/A%00B", "/api/groups/A%00B/terms", "/reports/groups/A%00B",
                "/reports/presidents/a%00b", "/api/reports/presidents/a%00b", "/api/reports/groups/A%00B")) {
            in.raw("GET " + path, () -> x.browser(As.ADMIN).req().urlEncodingEnabled(false).get(path),
                    Set.of(400, 404));
        }
        // PostgreSQL stores no NUL in text: a NUL anywhere in the address is refused before it gets there.
        for (String path : List.of("/api/audit?entity=%00", "/api/audit?entity=Term&id=1%00", "/admin/audit?entity=%00",
                "/api/users?x=%00", "/lang/en?back=/%00", "/lang/en%00", "/api/groups/%00/terms")) {
            in.raw("GET " + path, () -> x.browser(As.ADMIN).req().urlEncodingEnabled(false).get(path), Set.of(400));
        }
        for (String back : List.of("/a%20b%25", "/x%0Ay", "/%E4%B8", "/a%7Cb")) {
            in.raw("GET /lang/en?back=" + back, () -> x.browser(As.ADMIN).req().urlEncodingEnabled(false)
                    .get("/lang/en?back=" + back), Set.of(303, 400));
        }
        for (String q : List.of("abc", "1,abc", "-1", "999999999999999999999", "%3Cscript%3E")) {
            in.raw("GET /api/reports/compare?terms=" + q, () -> x.browser(As.ADMIN).req()
                    .urlEncodingEnabled(false).get("/api/reports/compare?terms=" + q), Set.of(400, 404));
        }
    }
}
