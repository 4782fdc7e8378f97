package com.termboard.journey;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.plan.Objective;
import com.termboard.term.Term;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Sessions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reviewer saves a draft, comes back to it, finishes and submits, and then sees the other reviewer's scores. */
@QuarkusTest
class ReviewJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    MutableClock clock;

    @Test
    void reviewerDraftsReturnsSubmitsAndSeesTheOthers() {
        JsonPath terms = Sessions.basic("admin").get("/api/groups/DPBG/terms").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> active = terms.getMap("find { it.status == 'ACTIVE' }");
        long termId = ((Number) active.get("id")).longValue();
        LocalDate opens = LocalDate.parse((String) active.get("startDate")).plusDays(120);
        String name = "Journey " + System.nanoTime() % 1_000_000;
        long cycle = Sessions.basic("admin").contentType("application/json")
                .body(Map.of("name", name, "opensOn", opens.toString(), "closesOn", opens.plusDays(10).toString(),
                        "final", false, "reviewers", List.of("rev3", "rev4")))
                .post("/api/terms/" + termId + "/cycles").then().statusCode(201).extract().jsonPath().getLong("id");
        List<Long> objectives = QuarkusTransaction.requiringNew().call(() ->
                Objective.ofTerm(Term.findById(termId)).stream().map(o -> o.id).toList());
        clock.setToday(opens.plusDays(2));
        try {
            StringBuilder ratings = new StringBuilder();
            for (Long o : objectives) {
                ratings.append(ratings.length() == 0 ? "" : ",").append("{\"objective\":").append(o)
                        .append(",\"rating\":5}");
            }
            Sessions.basic("rev4").contentType("application/json")
                    .body("{\"ratings\":[" + ratings + "],\"comment\":\"Strong term\",\"submit\":true}")
                    .put("/api/cycles/" + cycle + "/reviews/me").then().statusCode(200);
            journey(cycle, name, objectives);
        } finally {
            clock.reset();
        }
    }

    private void journey(long cycle, String name, List<Long> objectives) {
        String form = "a[href='/cycles/" + cycle + "/review']";
        try (Browser browser = new Browser(base.toString())) {
            browser.login("rev3", "demo");
            browser.waitForText("Your review cycles");
            assertTrue(browser.text().contains(name), browser.text());
            browser.click(form);
            browser.waitForText("Your rating");
            assertFalse(browser.text().contains("Uma Rao"), "others stay hidden before submitting");
            browser.click("input[name='rating-" + objectives.get(0) + "'][value='4']");
            browser.type("#comment-" + objectives.get(0), "Ahead of plan on merchants");
            browser.click("#save-draft");
            browser.waitForText("Draft saved.");
            browser.screenshot("review-draft-saved");

            browser.open("/");
            browser.waitForText("Continue review");
            browser.click(form);
            browser.waitForText("Your rating");
            assertTrue(browser.find("input[name='rating-" + objectives.get(0) + "'][value='4']").isSelected());
            assertTrue(browser.find("#comment-" + objectives.get(0)).getAttribute("value")
                    .contains("Ahead of plan"));
            for (Long o : objectives.subList(1, objectives.size())) {
                browser.click("input[name='rating-" + o + "'][value='3']");
            }
            browser.type("#comment", "Good term overall.");
            browser.click("#submit-review");
            browser.waitForText("Tick the box to confirm");
            assertTrue(browser.find("input[name='rating-" + objectives.get(1) + "'][value='3']").isSelected(),
                    "the refused form keeps the input");
            browser.click("#confirm");
            browser.click("#submit-review");
            browser.waitForText("Your review is submitted.");
            String page = browser.text();
            assertTrue(page.contains("Your submitted ratings"), page);
            assertTrue(page.contains("Uma Rao") && page.contains("5 Outstanding"), page);
            assertTrue(page.contains("4 Exceeds") && page.contains("3 Meets"), page);
            assertFalse(page.contains("Save draft"), page);
            browser.screenshot("review-submitted-with-others");
        }
    }
}
