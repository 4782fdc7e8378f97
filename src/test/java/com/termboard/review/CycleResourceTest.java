package com.termboard.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.termboard.review.ReviewFixtures.TermRef;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Refused;
import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cycle pages: the admin's create form, the cycle with its completion, and the reopen button. */
@QuarkusTest
class CycleResourceTest {

    @Inject
    MutableClock clock;

    @Test
    void adminCreatesACycleOnThePage() {
        TermRef term = ReviewFixtures.term("ABG", "ACTIVE");
        FormSession admin = new FormSession("admin");
        String token = admin.csrf("/terms/" + term.id() + "/cycles");
        String name = ReviewFixtures.unique("Month 4");
        String location = admin.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("name", name)
                .formParam("opensOn", term.start().plusDays(100).toString())
                .formParam("closesOn", term.start().plusDays(110).toString())
                .formParam("reviewers", "rev1").formParam("reviewers", "rev4")
                .post("/terms/" + term.id() + "/cycles").then().statusCode(303).extract().header("Location");
        admin.request().get(location).then().statusCode(200).body(containsString(name))
                .body(containsString("0 submitted · 0 draft · 2 not started"));
        admin.request().get("/terms/" + term.id() + "/cycles").then().statusCode(200).body(containsString(name));
    }

    @Test
    void anInvalidFormComesBackWith422AndTheInputKept() {
        TermRef term = ReviewFixtures.term("ABG", "ACTIVE");
        FormSession admin = new FormSession("admin");
        String token = admin.csrf("/terms/" + term.id() + "/cycles");
        admin.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("name", "Kept name")
                .formParam("opensOn", "not a date").formParam("closesOn", term.end().plusDays(45).toString())
                .formParam("reviewers", "rev2")
                .filter(Refused.page()).post("/terms/" + term.id() + "/cycles").then().statusCode(422)
                .body(containsString("value=\"Kept name\"")).body(containsString("A date as yyyy-MM-dd."))
                .body(containsString("aria-describedby=\"opensOn-error\""))
                .body(containsString("value=\"rev2\" checked"));
        admin.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("name", "No one")
                .formParam("opensOn", term.start().toString()).formParam("closesOn", term.end().toString())
                .filter(Refused.page()).post("/terms/" + term.id() + "/cycles").then().statusCode(422)
                .body(containsString("Assign at least one reviewer."));
        admin.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("name", "Final two").formParam("final", "true")
                .formParam("opensOn", term.end().plusDays(1).toString())
                .formParam("closesOn", term.end().plusDays(5).toString()).formParam("reviewers", "rev2")
                .filter(Refused.page()).post("/terms/" + term.id() + "/cycles").then().statusCode(409) // a conflict
                .body(containsString("already has a final review cycle"));
    }

    @Test
    void onlyAdminsSeeTheFormAndPostIt() {
        TermRef term = ReviewFixtures.term("DPBG", "ACTIVE");
        FormSession exec = new FormSession("exec");
        exec.request().get("/terms/" + term.id() + "/cycles").then().statusCode(200)
                .body(containsString("Mid-term")).body(not(containsString("New review cycle")));
        exec.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", exec.csrf("/terms/" + term.id() + "/cycles")).formParam("name", "Nope")
                .post("/terms/" + term.id() + "/cycles").then().statusCode(403);
        new FormSession("wliu").request().get("/terms/" + term.id() + "/cycles").then().statusCode(403);
        new FormSession("admin").request().get("/terms/987654321/cycles").then().statusCode(404);
        new FormSession("rev1").request().get("/cycles").then().statusCode(403);
        new FormSession("exec").request().get("/cycles").then().statusCode(200).body(containsString("DPBG"));
    }

    @Test
    void theCyclePageShowsCompletionAndTheConflictFlagToAdminsAndExecutives() {
        Object[] fixture = ReviewFixtures.groupWithReviewingPreviousPresident();
        long termId = (Long) fixture[0];
        String previous = (String) fixture[1];
        long cycle = ReviewFixtures.cycle(termId, ReviewFixtures.unique("Flagged"), java.time.LocalDate.of(2025, 9, 1),
                java.time.LocalDate.of(2025, 9, 10), List.of("rev1", "rev2", previous));
        clock.setToday(java.time.LocalDate.of(2025, 9, 5));
        try {
            Sessions.basic("rev2").contentType("application/json").body(Map.of("comment", "started"))
                    .put("/api/cycles/" + cycle + "/reviews/me").then().statusCode(200);
        } finally {
            clock.reset();
        }
        for (String who : List.of("admin", "exec")) {
            new FormSession(who).request().get("/cycles/" + cycle).then().statusCode(200)
                    .body(containsString("conflict of interest: previous president of the group"))
                    .body(containsString("0 submitted · 1 draft · 2 not started"));
        }
        new FormSession("rev1").request().get("/cycles/" + cycle).then().statusCode(200)
                .body(containsString("Your review")).body(not(containsString("Completion")));
        Sessions.basic("exec").get("/api/cycles/" + cycle).then()
                .body("reviewers.find { it.username == 'rev2' }.status", equalTo("DRAFT"));
    }

    @Test
    void anAdminReopensASubmittedReviewFromTheCyclePage() {
        TermRef term = ReviewFixtures.term("DPBG", "ACTIVE");
        java.time.LocalDate opens = term.start().plusDays(90);
        long cycle = ReviewFixtures.cycle(term.id(), ReviewFixtures.unique("Reopen"), opens, opens.plusDays(5),
                List.of("rev3"));
        StringBuilder ratings = new StringBuilder();
        for (Long o : ReviewFixtures.objectives(term.id())) {
            ratings.append(ratings.length() == 0 ? "" : ",").append("{\"objective\":").append(o).append(",\"rating\":4}");
        }
        clock.setToday(opens);
        int review;
        try {
            review = Sessions.basic("rev3").contentType("application/json")
                    .body("{\"ratings\":[" + ratings + "],\"submit\":true}")
                    .put("/api/cycles/" + cycle + "/reviews/me").then().statusCode(200).extract().path("id");
        } finally {
            clock.reset();
        }
        FormSession admin = new FormSession("admin");
        admin.request().get("/cycles/" + cycle).then().statusCode(200)
                .body(containsString("1 submitted · 0 draft · 0 not started"))
                .body(containsString(opens + " 12:00")).body(containsString("Reopen as draft"));
        String token = admin.csrf("/cycles/" + cycle);
        admin.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .formParam("reason", "")
                .filter(Refused.page()).post("/reviews/" + review + "/reopen").then().statusCode(422)
                .body(containsString("Required.")).body(containsString("aria-describedby=\"reason-" + review + "-error\""));
        FormSession exec = new FormSession("exec");
        exec.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", exec.csrf("/cycles/" + cycle)).formParam("reason", "x")
                .post("/reviews/" + review + "/reopen").then().statusCode(403);
        admin.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .formParam("reason", "Wrong objective rated").post("/reviews/" + review + "/reopen").then()
                .statusCode(303).header("Location", containsString("/cycles/" + cycle));
        admin.request().get("/cycles/" + cycle).then().body(containsString("0 submitted · 1 draft · 0 not started"));
    }
}
