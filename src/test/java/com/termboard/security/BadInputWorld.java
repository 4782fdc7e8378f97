package com.termboard.security;

import com.termboard.testing.Fixtures;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The records the bad-input cases aim at, and one logged-in session per user who sends them. */
final class BadInputWorld {

    final AuditActions a;
    final World w;
    final String group = Fixtures.group();
    final long otherObjective;
    final long endingObjective;
    final long submittedReview;
    final long submittedPlan;
    final long objectiveVersion;
    final long kpiVersion;

    enum As { ADMIN, EXEC, PRESIDENT, INCOMING, REVIEWER }

    private final Map<As, World.Browser> browsers = new EnumMap<>(As.class);

    BadInputWorld(AuditActions a) {
        this.a = a;
        this.w = a.w;
        otherObjective = World.objective(w.otherTerm, 10);
        endingObjective = World.objective(a.ending, 10);
        submittedReview = a.submittedReview();
        submittedPlan = a.plan(true);
        objectiveVersion = a.objectiveVersion(w.term, w.objective);
        kpiVersion = a.kpiVersion(w.term, w.kpi);
        // The /lang/en cases try bad back addresses: a switch to the language the admin already has stores nothing,
        // so a 303 there changes nothing either (the switcher stores the language of a logged-in user's e-mails).
        Map<String, Object> prefs = new HashMap<>(Fixtures.admin().get("/api/me/preferences").then().statusCode(200)
                .extract().jsonPath().getMap("$"));
        prefs.put("language", "en");
        Fixtures.admin().body(prefs).put("/api/me/preferences").then().statusCode(200);
    }

    World.Browser browser(As who) {
        return browsers.computeIfAbsent(who, k -> switch (k) {
            case ADMIN -> World.browser("admin", "demo");
            case EXEC -> World.browser("exec", "demo");
            case PRESIDENT -> World.browser(w.president, World.PASSWORD);
            case INCOMING -> World.browser(a.incoming, World.PASSWORD);
            case REVIEWER -> World.browser(w.reviewer, World.PASSWORD);
        });
    }

    /** Sends a JSON body as {@code who} in the session, with its CSRF header (the API takes the session and Basic). */
    Response json(As who, String verb, String path, String body) {
        return browser(who).api().contentType("application/json").body(body).request(verb, path);
    }

    /** A form of {@code who} carrying the CSRF token. */
    RequestSpecification form(As who) {
        World.Browser b = browser(who);
        return b.req().formParam("csrf-token", b.csrf());
    }
}
