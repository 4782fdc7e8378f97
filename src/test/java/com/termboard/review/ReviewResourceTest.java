package com.termboard.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.termboard.review.ReviewFixtures.TermRef;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Refused;
import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /cycles/{id}/review}: the scoring form, its draft, its confirmed submit and its read-only view. */
@QuarkusTest
class ReviewResourceTest {

    @Inject
    MutableClock clock;

    TermRef term;
    List<Long> objectives;
    LocalDate opens;
    LocalDate closes;

    @BeforeEach
    void inTheWindow() {
        ReviewFixtures.Window window = ReviewFixtures.window(70, 80);
        term = window.term();
        objectives = window.objectives();
        opens = window.opens();
        closes = window.closes();
        clock.setToday(opens.plusDays(2));
    }

    private RequestSpecification form(FormSession session, long cycle, String action) {
        String token = session.csrf("/cycles/" + cycle + "/review");
        return session.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("action", action);
    }

    @Test
    void theFormShowsObjectivesKpisAndTheRatingLabels() {
        long cycle = ReviewFixtures.cycle(term.id(), ReviewFixtures.unique("Form"), opens, closes, List.of("rev1"));
        new FormSession("rev1").request().get("/cycles/" + cycle + "/review").then().statusCode(200)
                .body(containsString("Far below")).body(containsString("Below")).body(containsString("Meets"))
                .body(containsString("Exceeds")).body(containsString("Outstanding"))
                .body(containsString("name=\"rating-" + objectives.get(0) + "\""))
                .body(containsString("Attainment")).body(containsString("Weight"))
                .body(containsString("Save draft")).body(containsString("I confirm"));
    }

    @Test
    void theFormNamesThePresidentAndGroupAndLinksTheScorecardTheReviewerMayRead() {
        long cycle = ReviewFixtures.cycle(term.id(), ReviewFixtures.unique("About"), opens, closes, List.of("rev1"));
        String[] names = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            com.termboard.term.Term t = com.termboard.term.Term.findById(term.id());
            return new String[] {t.president.displayName, t.group.name};
        });
        String html = new FormSession("rev1").request().get("/cycles/" + cycle + "/review").then().statusCode(200)
                .body(containsString("President " + names[0] + " · " + names[1]))
                .body(containsString("<a href=\"/terms/" + term.id() + "\" id=\"review-scorecard\">Scorecard</a>"))
                .extract().asString();
        // A reviewer does not read the reports: no link to the group history, which would answer 403.
        org.junit.jupiter.api.Assertions.assertFalse(html.contains("id=\"review-history\""), html);
        new FormSession("rev1").request().get("/terms/" + term.id()).then().statusCode(200);
    }

    @Test
    void aDraftIsSavedWithPartialInputAndShownAgain() {
        long cycle = ReviewFixtures.cycle(term.id(), ReviewFixtures.unique("Draft"), opens, closes, List.of("rev1"));
        FormSession rev1 = new FormSession("rev1");
        form(rev1, cycle, "draft").formParam("rating-" + objectives.get(0), "2")
                .formParam("comment-" + objectives.get(0), "Needs work <b>now</b>").formParam("comment", "first pass")
                .post("/cycles/" + cycle + "/review").then().statusCode(303)
                .header("Location", containsString("/cycles/" + cycle + "/review"));
        String html = rev1.request().get("/cycles/" + cycle + "/review").then().statusCode(200).extract().asString();
        Assertions.assertTrue(html.contains("name=\"rating-" + objectives.get(0) + "\" value=\"2\" checked"), html);
        Assertions.assertTrue(html.contains("Needs work &lt;b&gt;now&lt;/b&gt;"), html);
        Assertions.assertTrue(html.contains("first pass"));
        Sessions.basic("rev1").get("/api/cycles/" + cycle + "/reviews/me").then()
                .body("status", equalTo("DRAFT")).body("ratings[0].rating", equalTo(2));
    }

    @Test
    void submitNeedsEveryRatingAndTheConfirmationAndKeepsTheInput() {
        long cycle = ReviewFixtures.cycle(term.id(), ReviewFixtures.unique("Submit"), opens, closes, List.of("rev1"));
        FormSession rev1 = new FormSession("rev1");
        form(rev1, cycle, "submit").formParam("rating-" + objectives.get(0), "5").formParam("confirm", "yes")
                .filter(Refused.page()).post("/cycles/" + cycle + "/review").then().statusCode(422)
                .body(containsString("Rate this objective to submit the review."))
                .body(containsString("<a href=\"#rating-" + objectives.get(1) + "\">"
                        + ReviewFixtures.title(objectives.get(1)) + ": Rate this objective to submit the review.</a>"))
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("name=\"rating-" + objectives.get(0) + "\" value=\"5\" checked"));
        RequestSpecification all = form(rev1, cycle, "submit");
        objectives.forEach(o -> all.formParam("rating-" + o, "3"));
        all.filter(Refused.page()).post("/cycles/" + cycle + "/review").then().statusCode(422)
                .body(containsString("Tick the box to confirm"));
        RequestSpecification outOfRange = form(rev1, cycle, "draft");
        objectives.forEach(o -> outOfRange.formParam("rating-" + o, "9"));
        outOfRange.filter(Refused.page()).post("/cycles/" + cycle + "/review").then().statusCode(422)
                .body(containsString("Must be between 1 and 5."));
        Assertions.assertEquals(0, ReviewFixtures.reviewsStored(cycle));
        RequestSpecification confirmed = form(rev1, cycle, "submit").formParam("confirm", "yes");
        objectives.forEach(o -> confirmed.formParam("rating-" + o, "3"));
        confirmed.post("/cycles/" + cycle + "/review").then().statusCode(303);
        rev1.request().get("/cycles/" + cycle + "/review").then().statusCode(200)
                .body(containsString("Your submitted ratings")).body(containsString("3 Meets"))
                .body(not(containsString("Save draft")));
        // the form is gone, and a replayed post is refused with the reason
        RequestSpecification again = form(rev1, cycle, "draft");
        objectives.forEach(o -> again.formParam("rating-" + o, "1"));
        again.filter(Refused.page()).post("/cycles/" + cycle + "/review").then().statusCode(409) // a conflict
                .body(containsString("can no longer change"));
    }

    @Test
    void theWindowIsExplainedAndOnlyAssignedReviewersGetIn() {
        long cycle = ReviewFixtures.cycle(term.id(), ReviewFixtures.unique("Window"), opens, closes, List.of("rev1"));
        clock.setToday(opens.minusDays(3));
        new FormSession("rev1").request().get("/cycles/" + cycle + "/review").then().statusCode(200)
                .body(containsString("This cycle opens on " + opens + ".")).body(not(containsString("Save draft")));
        clock.setToday(closes.plusDays(1));
        new FormSession("rev1").request().get("/cycles/" + cycle + "/review").then().statusCode(200)
                .body(containsString("This cycle closed on " + closes + "."));
        new FormSession("rev2").request().get("/cycles/" + cycle + "/review").then().statusCode(403);
        new FormSession("exec").request().get("/cycles/" + cycle + "/review").then().statusCode(403);
        new FormSession("rev1").request().get("/cycles/987654321/review").then().statusCode(404);
    }

    @Test
    void othersRatingsAppearNextToMineOnlyAfterISubmit() {
        long cycle = ReviewFixtures.cycle(term.id(), ReviewFixtures.unique("Blind"), opens, closes,
                List.of("rev1", "rev2"));
        StringBuilder ratings = new StringBuilder();
        for (Long o : objectives) {
            ratings.append(ratings.length() == 0 ? "" : ",").append("{\"objective\":").append(o).append(",\"rating\":5}");
        }
        Sessions.basic("rev2").contentType("application/json")
                .body("{\"ratings\":[" + ratings + "],\"submit\":true}")
                .put("/api/cycles/" + cycle + "/reviews/me").then().statusCode(200);
        FormSession rev1 = new FormSession("rev1");
        rev1.request().get("/cycles/" + cycle + "/review").then().statusCode(200)
                .body(not(containsString("Sara Kim"))).body(not(containsString("<td>5 Outstanding</td>")));
        RequestSpecification confirmed = form(rev1, cycle, "submit").formParam("confirm", "yes");
        objectives.forEach(o -> confirmed.formParam("rating-" + o, "3"));
        confirmed.post("/cycles/" + cycle + "/review").then().statusCode(303);
        rev1.request().get("/cycles/" + cycle + "/review").then().statusCode(200)
                .body(containsString("Sara Kim")).body(containsString("<td>5 Outstanding</td>"))
                .body(containsString("<td>3 Meets</td>"));
    }

    @Test
    void theDashboardListsOpenUpcomingAndDoneCycles() {
        String openName = ReviewFixtures.unique("Dash open");
        String soonName = ReviewFixtures.unique("Dash soon");
        long open = ReviewFixtures.cycle(term.id(), openName, opens, closes, List.of("rev4"));
        ReviewFixtures.cycle(term.id(), soonName, closes.plusDays(5), closes.plusDays(9), List.of("rev4"));
        String home = new FormSession("rev4").request().get("/").then().statusCode(200).extract().asString();
        Assertions.assertTrue(home.contains(openName) && home.contains("8 days left") && home.contains("not started"),
                home);
        Assertions.assertTrue(home.contains(soonName + " of DPBG") && home.contains("opens on " + closes.plusDays(5)),
                home);
        Assertions.assertTrue(home.contains("/cycles/" + open + "/review"));
    }
}
