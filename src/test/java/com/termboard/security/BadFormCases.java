package com.termboard.security;

import static com.termboard.security.BadInputs.FORM_DATE;
import static com.termboard.security.BadInputs.FORM_NUMBER;
import static com.termboard.security.BadInputs.FORM_TEXT;

import com.termboard.security.BadInputWorld.As;
import com.termboard.testing.Fixtures;
import com.termboard.testing.Refused;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The HTML forms, each field with its kind of invalid values; a refused form is re-rendered with 422. */
final class BadFormCases {

    private final BadInputWorld x;
    private final BadInputs in;

    BadFormCases(BadInputWorld x, BadInputs in) {
        this.x = x;
        this.in = in;
    }

    private void form(As who, String path, Map<String, String> base, String field, List<String> values) {
        for (String v : values) {
            Map<String, String> params = new HashMap<>(base);
            params.put(field, v);
            in.page("FORM " + path + " " + field + "=" + BadInputs.shorten(v),
                    () -> x.form(who).formParams(params).filter(Refused.followed()).post(path));
        }
    }

    void addAll() {
        World w = x.w;
        Map<String, String> user = Map.of("username", Fixtures.unique("badf"), "displayName", "Bad",
                "password", "password1", "roles", "REVIEWER");
        form(As.ADMIN, "/admin/users", user, "username", BadInputs.plus(FORM_TEXT, "'; DROP TABLE term; --", "Has Space"));
        form(As.ADMIN, "/admin/users", user, "displayName", FORM_TEXT);
        form(As.ADMIN, "/admin/users", user, "roles", List.of("GOD", ""));
        // A blank address is none, which is allowed; everything else here is no address.
        List<String> badEmail = List.of(BadInputs.LONG, "a\u0000b", "be\u0007ll@example.com", "no-at-sign", "a@b",
                "a b@example.com");
        form(As.ADMIN, "/admin/users", user, "email", badEmail);
        form(As.ADMIN, "/admin/users/" + w.president + "/email", Map.of(), "email", badEmail);
        Map<String, String> prefs = Map.of("language", "en", "email", w.president + "@example.com",
                "emailNotifications", "on", "digest", "on");
        form(As.PRESIDENT, "/me", prefs, "language", List.of("fr", "", "<script>", "zh-TW"));
        form(As.PRESIDENT, "/me", prefs, "email", badEmail);
        Map<String, String> group = Map.of("code", Fixtures.unique("BF"), "name", "Bad", "description", "",
                "termMonths", "6", "units", "One");
        form(As.ADMIN, "/admin/groups", group, "code", BadInputs.plus(FORM_TEXT, "lower", "'; DROP TABLE term; --"));
        form(As.ADMIN, "/admin/groups", group, "name", FORM_TEXT);
        form(As.ADMIN, "/admin/groups", group, "termMonths", BadInputs.plus(FORM_NUMBER, "0", "-1", "1.5"));
        Map<String, String> metric = Map.of("code", Fixtures.unique("BFM"), "name", "Bad", "unit", "count",
                "direction", "HIGHER_IS_BETTER", "aggregation", "SUM", "description", "");
        form(As.ADMIN, "/admin/metrics", metric, "code", BadInputs.plus(FORM_TEXT, "lower"));
        form(As.ADMIN, "/admin/metrics", metric, "direction", List.of("SIDEWAYS", ""));
        form(As.ADMIN, "/admin/metrics", metric, "aggregation", List.of("MEDIAN", ""));
        String g = "/groups/" + x.group;
        Map<String, String> edit = Map.of("name", "Group", "description", "", "termMonths", "6", "units", "One");
        form(As.ADMIN, g, edit, "name", FORM_TEXT);
        form(As.ADMIN, g, edit, "termMonths", BadInputs.plus(FORM_NUMBER, "0", "-1"));
        form(As.ADMIN, g, edit, "description", List.of(BadInputs.LONG, "a\u0000b"));
        Map<String, String> term = Map.of("president", w.president, "startDate", "2035-01-01");
        form(As.ADMIN, g + "/terms", term, "president", BadInputs.plus(FORM_TEXT, "nobody-here", "exec"));
        form(As.ADMIN, g + "/terms", term, "startDate", FORM_DATE);
        form(As.ADMIN, g + "/terms", term, "endDate", BadInputs.plus(FORM_DATE, "2034-12-31"));
        Map<String, String> rot = Map.of("presidents", w.president, "startDate", "2036-01-01", "count", "1");
        form(As.ADMIN, g + "/rotation", rot, "count", BadInputs.plus(FORM_NUMBER, "0", "-1", "100000", ""));
        form(As.ADMIN, g + "/rotation", rot, "presidents", List.of("", "nobody-here", "exec"));
        form(As.ADMIN, g + "/rotation", rot, "startDate", FORM_DATE);
        String plan = "/terms/" + w.term + "/plan";
        Map<String, String> o = Map.of("title", "T", "description", "", "weight", "5", "perspective", "Growth");
        form(As.PRESIDENT, plan + "/objectives", o, "title", FORM_TEXT);
        form(As.PRESIDENT, plan + "/objectives", o, "weight", BadInputs.plus(FORM_NUMBER, "0", "101", "1.5"));
        form(As.PRESIDENT, plan + "/objectives", o, "perspective", List.of("Nonsense", ""));
        form(As.PRESIDENT, plan + "/objectives", o, "continues", List.of("abc", "-1", String.valueOf(x.otherObjective)));
        Map<String, String> k = Map.of("metric", "MAU", "baseline", "1", "target", "5", "weight", "10");
        String kpis = plan + "/objectives/" + w.objective + "/kpis";
        form(As.PRESIDENT, kpis, k, "metric", List.of("NOPE", ""));
        form(As.PRESIDENT, kpis, k, "target", BadInputs.plus(FORM_NUMBER, "1", ""));
        form(As.PRESIDENT, kpis, k, "baseline", FORM_NUMBER);
        form(As.PRESIDENT, kpis, k, "weight", BadInputs.plus(FORM_NUMBER, "0", "101"));
        others(w);
    }

    private void others(World w) {
        String progress = "/terms/" + w.approvedTerm + "/progress";
        long kpi = w.approvedKpi;
        Map<String, String> p = Map.of("value-" + kpi, "1", "asOf-" + kpi, w.today.toString(),
                "idempotency-token", "bad-input");
        form(As.PRESIDENT, progress, p, "value-" + kpi, FORM_NUMBER);
        form(As.PRESIDENT, progress, p, "asOf-" + kpi, BadInputs.plus(FORM_DATE, "2000-01-01"));
        form(As.PRESIDENT, progress, p, "confidence-" + kpi, List.of("0", "6", "abc", "NaN"));
        form(As.PRESIDENT, progress, p, "comment-" + kpi, List.of(BadInputs.LONG, "a\u0000b"));
        form(As.PRESIDENT, progress, p, "supersedes-" + kpi, List.of("abc", "-1", "999999999999999999999"));
        form(As.PRESIDENT, "/terms/" + x.a.ending + "/handover/note", Map.of("note", "n"), "note",
                List.of(BadInputs.LONG, "a\u0000b"));
        Map<String, String> drop = Map.of("objective", String.valueOf(x.endingObjective), "decision", "DROP",
                "reason", "r");
        String decisions = "/terms/" + x.a.ending + "/handover/decisions";
        form(As.INCOMING, decisions, drop, "objective", List.of("abc", "-1", String.valueOf(x.otherObjective)));
        form(As.INCOMING, decisions, drop, "decision", List.of("MAYBE", ""));
        form(As.INCOMING, decisions, drop, "reason", FORM_TEXT);
        Map<String, String> c = Map.of("name", "C", "opensOn", w.today.toString(), "closesOn",
                w.today.plusDays(5).toString(), "reviewers", w.reviewer);
        String cycles = "/terms/" + w.term + "/cycles";
        form(As.ADMIN, cycles, c, "name", FORM_TEXT);
        form(As.ADMIN, cycles, c, "opensOn", FORM_DATE);
        form(As.ADMIN, cycles, c, "closesOn", BadInputs.plus(FORM_DATE, w.today.minusDays(5).toString(), "2099-01-01"));
        form(As.ADMIN, cycles, c, "reviewers", List.of("nobody-here", "exec"));
        Map<String, String> review = Map.of("action", "draft", "comment", "c", "rating-" + w.objective, "3");
        String mine = "/cycles/" + w.cycle + "/review";
        form(As.REVIEWER, mine, review, "rating-" + w.objective, List.of("0", "6", "abc", "NaN", "1.5"));
        form(As.REVIEWER, mine, review, "comment", List.of(BadInputs.LONG, "a\u0000b"));
        form(As.REVIEWER, mine, review, "comment-" + w.objective, List.of(BadInputs.LONG, "a\u0000b"));
        form(As.ADMIN, "/reviews/" + x.submittedReview + "/reopen", Map.of("reason", "r"), "reason", FORM_TEXT);
        form(As.EXEC, "/terms/" + x.submittedPlan + "/plan/reject", Map.of("reason", "r"), "reason", FORM_TEXT);
    }
}
