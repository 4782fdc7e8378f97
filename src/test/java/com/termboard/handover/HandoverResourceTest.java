package com.termboard.handover;

import static com.termboard.handover.HandoverFixture.as;
import static com.termboard.handover.HandoverFixture.decision;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.handover.HandoverFixture.Made;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Refused;
import com.termboard.testing.Sessions;
import com.termboard.testing.Sessions.Session;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /terms/{id}/handover}: who sees it, the note form, the decision forms, and the executive dashboard. */
@QuarkusTest
class HandoverResourceTest {

    @Inject
    MutableClock clock;

    static long demoTerm(String group, String label) {
        List<Map<String, Object>> terms = Sessions.basic("exec").get("/api/groups/" + group + "/terms").then()
                .statusCode(200).extract().path("$");
        return terms.stream().filter(t -> label.equals(t.get("label"))).map(t -> ((Number) t.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    @Test
    void theDemoHandoverIsReadByExecutivesAndBothPresidentsOnly() {
        long ended = demoTerm("DPBG", "2026 H1");
        String path = "/terms/" + ended + "/handover";
        Sessions.demo("exec").get(path).then().statusCode(200).body(containsString("Final numbers"))
                .body(containsString("Handover note")).body(containsString("/terms/" + ended + "\""))
                .body(containsString("Recommendations and decisions")).body(not(containsString("save-note")));
        String outgoing = Sessions.basic("exec").get("/api/terms/" + ended).then().extract().path("president");
        String incoming = Sessions.basic("exec").get("/api/terms/" + demoTerm("DPBG", "2026 H2")).then().extract()
                .path("president");
        Sessions.demo(outgoing).get(path).then().statusCode(200);
        Sessions.demo(incoming).get(path).then().statusCode(200);
        for (String other : List.of("wliu", "rev1")) {
            Sessions.demo(other).get(path).then().statusCode(403);
        }
        Sessions.demo("exec").get("/terms/999999999/handover").then().statusCode(404);
    }

    @Test
    void theOutgoingPresidentWritesTheNoteOnTheFormAndARefusalKeepsTheInput() {
        Made m = HandoverFixture.make(clock);
        String path = "/terms/" + m.a() + "/handover";
        Session out = Sessions.session(m.outgoing(), "password1");
        clock.setToday(LocalDate.of(2040, 5, 1));
        out.req().get(path).then().statusCode(200).body(containsString("The handover opens on 2040-05-31"))
                .body(not(containsString("save-note")));
        out.form(path).formParam("note", "Early").filter(Refused.page()).post(path + "/note").then().statusCode(409)
                .body(containsString("opens on 2040-05-31"));

        clock.setToday(LocalDate.of(2040, 6, 10));
        String tooLong = "y".repeat(20001);
        out.form(path).formParam("note", tooLong).filter(Refused.page()).post(path + "/note").then().statusCode(422)
                .body(containsString("At most 20000 characters.")).body(containsString(tooLong));
        out.form(path).formParam("note", "State: fine.\nRisk: <fraud>.").formParam("rec-" + m.growth(), "CARRY_OVER")
                .formParam("rec-" + m.quality(), "CLOSE").post(path + "/note").then().statusCode(303)
                .header("Location", containsString(path));
        out.req().get(path).then().statusCode(200).body(containsString("State: fine.\nRisk: &lt;fraud&gt;."))
                .body(containsString("<option value=\"CLOSE\" selected>"));
        Sessions.session(m.incoming(), "password1").req().get(path).then().statusCode(200)
                .body(containsString("<p class=\"pre handover-note\" id=\"note-body\">State: fine.\nRisk: &lt;fraud&gt;."));
        // The incoming president cannot write the note through the form either.
        Session in = Sessions.session(m.incoming(), "password1");
        in.form(path).formParam("note", "Mine now").post(path + "/note").then().statusCode(403);

        // The executive dashboard lists the handover as due, with its status.
        Sessions.demo("exec").get("/").then().statusCode(200).body(containsString("Due in the next 30 days"))
                .body(containsString("id=\"handover-" + m.a() + "\""))
                .body(containsString("Last handover done in each group"));
    }

    @Test
    void theIncomingPresidentDecidesOnTheFormOnceAndADropNeedsAReason() {
        Made m = HandoverFixture.make(clock);
        String path = "/terms/" + m.a() + "/handover";
        clock.setToday(LocalDate.of(2040, 7, 3));
        Session in = Sessions.session(m.incoming(), "password1");
        in.req().get(path).then().statusCode(200).body(containsString("id=\"decide-" + m.growth() + "\""));
        Sessions.session(m.outgoing(), "password1").req().get(path).then().statusCode(200)
                .body(not(containsString("id=\"decide-")));
        in.form(path).formParam("objective", m.quality()).formParam("decision", "DROP").formParam("reason", "")
                .filter(Refused.page()).post(path + "/decisions").then().statusCode(422)
                .body(containsString("Required."));
        in.form(path).formParam("objective", m.growth()).formParam("decision", "CARRY_OVER").formParam("weight", "x")
                .filter(Refused.page()).post(path + "/decisions").then().statusCode(422)
                .body(containsString("Enter a whole number."))
                .body(containsString("value=\"x\""));
        in.form(path).formParam("objective", m.growth()).formParam("decision", "CARRY_OVER").formParam("weight", "70")
                .post(path + "/decisions").then().statusCode(303);
        in.form(path).formParam("objective", m.growth()).formParam("decision", "DROP").formParam("reason", "twice")
                .filter(Refused.page()).post(path + "/decisions").then().statusCode(409)
                .body(containsString("a decision is made once"));
        Sessions.session(m.outgoing(), "password1").form(path).formParam("objective", m.quality())
                .formParam("decision", "DROP").formParam("reason", "not mine").post(path + "/decisions").then()
                .statusCode(403);
        // A new visit (another login: the refused form is kept for the session that sent it) shows the decision.
        Sessions.session(m.incoming(), "password1").req().get(path).then().statusCode(200)
                .body(containsString("Carried over"))
                .body(containsString("1 of 2 decided"));
        as(m.incoming()).get("/api/terms/" + m.b()).then().body("objectives[0].weight", equalTo(70));
        // The executive dashboard shows the ended term as its group's last handover, one of two objectives decided.
        String home = Sessions.demo("exec").get("/").then().statusCode(200).extract().asString();
        assertTrue(java.util.regex.Pattern.compile("id=\"handover-" + m.a() + "\">(?:(?!</tr>)[\\s\\S])*"
                + "<td>not yet</td>(?:(?!</tr>)[\\s\\S])*decided\">1/2</td>").matcher(home).find(), home);
        // Done through the page or the API, the decision is the same: the API refuses a second one too.
        as(m.incoming()).contentType("application/json").body(decision(m.growth(), "DROP", "again", null))
                .post("/api/terms/" + m.a() + "/handover/decisions").then().statusCode(409);
    }

    @Test
    void aCarryOverOfATitleTheNewPlanHasIsRefusedBesideTheFormWithTheDecisionKept() {
        Made m = HandoverFixture.make(clock);
        String path = "/terms/" + m.a() + "/handover";
        clock.setToday(LocalDate.of(2040, 7, 3));
        HandoverFixture.create(as(m.incoming()), "/api/terms/" + m.b() + "/objectives",
                HandoverFixture.objective("Grow merchants", 50));
        Session in = Sessions.session(m.incoming(), "password1");
        in.form(path).formParam("objective", m.growth()).formParam("decision", "CARRY_OVER").formParam("weight", "45")
                .filter(Refused.page()).post(path + "/decisions").then().statusCode(409)
                .body(containsString("already has an objective &quot;Grow merchants&quot;"))
                .body(containsString("value=\"45\""))
                .body(containsString("<option value=\"CARRY_OVER\" selected"));
        as(m.incoming()).get("/api/terms/" + m.b()).then().body("objectives.size()", equalTo(1));
        // A new visit (another login: the refused form is kept for the session that sent it): nothing decided.
        Sessions.session(m.incoming(), "password1").req().get(path).then().statusCode(200)
                .body(containsString("0 of 2 decided"));
    }

    @Test
    void theUndoButtonReturnsADecisionToUndecided() {
        Made m = HandoverFixture.make(clock);
        String path = "/terms/" + m.a() + "/handover";
        clock.setToday(LocalDate.of(2040, 7, 3));
        Session in = Sessions.session(m.incoming(), "password1");
        in.form(path).formParam("objective", m.quality()).formParam("decision", "DROP").formParam("reason", "Done")
                .post(path + "/decisions").then().statusCode(303);
        in.req().get(path).then().statusCode(200).body(containsString("id=\"undo-" + m.quality() + "\""))
                .body(containsString("data-confirm=\"Undo the decision on &quot;Keep quality&quot;?"))
                .body(containsString("<script src=\"/js/confirm.js\" defer></script>"))
                .body(containsString("1 of 2 decided"));
        in.form(path).post(path + "/decisions/" + m.quality() + "/undo").then().statusCode(303);
        in.req().get(path).then().statusCode(200).body(containsString("0 of 2 decided"))
                .body(containsString("id=\"decide-" + m.quality() + "\""));
        in.form(path).filter(Refused.page()).post(path + "/decisions/" + m.quality() + "/undo").then()
                .statusCode(409)
                .body(containsString("No decision on &quot;Keep quality&quot; to undo."));
    }
}
