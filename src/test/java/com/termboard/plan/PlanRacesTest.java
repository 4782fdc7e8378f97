package com.termboard.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Fixtures;
import com.termboard.testing.Race;
import com.termboard.testing.Refused;
import com.termboard.testing.Sessions;
import com.termboard.testing.Sessions.Session;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two clients changing the same plan at the same instant: no change is lost and no refused change leaves a trace.
 * (Concurrent writes through two app instances are in deploy/ReplicasIT.)
 */
@QuarkusTest
class PlanRacesTest {

    /** A president with a draft plan of one objective (weight 100) with one KPI (weight 100): ready to submit. */
    record Plan(String president, long term, long objective) {
    }

    static Plan plan() {
        String p = Fixtures.president();
        long term = Fixtures.term(p, "2031-01-01");
        long objective = PlanApiTest.id(Fixtures.as(p, "password1").body(PlanApiTest.objective("Grow", 100))
                .post("/api/terms/" + term + "/objectives").then().statusCode(201).extract().response());
        Fixtures.as(p, "password1").body(PlanApiTest.kpi("MERCHANTS", 10, 20, 100))
                .post("/api/objectives/" + objective + "/kpis").then().statusCode(201);
        return new Plan(p, term, objective);
    }

    static JsonPath term(long id) {
        return Fixtures.admin().get("/api/terms/" + id).then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> edit(String title, int weight, long version) {
        Map<String, Object> body = PlanApiTest.objective(title, weight);
        body.put("version", version);
        return body;
    }

    static List<String> audit(String entity, long id) {
        return Fixtures.admin().get("/api/audit?entity=" + entity + "&id=" + id).then().statusCode(200)
                .extract().jsonPath().getList("action", String.class);
    }

    static void assertConflict(Response loser) {
        assertEquals(409, loser.statusCode());
        assertTrue(loser.contentType().startsWith("application/problem+json"), loser.contentType());
        assertFalse(loser.jsonPath().getString("detail").isBlank());
    }

    @Test
    void twoClientsEditingTheSameObjectiveWithTheSameVersionOneWinsTheOtherIsTold() throws Exception {
        Plan plan = plan();
        Session first = Sessions.scripted(plan.president(), "password1");
        Session second = Sessions.scripted(plan.president(), "password1");
        String path = "/api/objectives/" + plan.objective();
        for (int round = 0; round < Race.ROUNDS; round++) {
            long version = term(plan.term()).getLong("objectives[0].version");
            Map<String, Object> a = edit("A " + round, 100, version);
            Map<String, Object> b = edit("B " + round, 100, version);
            List<Response> answers = Race.atOnce(
                    () -> first.script().contentType("application/json").body(a).put(path),
                    () -> second.script().contentType("application/json").body(b).put(path));
            assertEquals(List.of(200, 409), Race.statuses(answers), "round " + round);
            Response winner = answers.get(0).statusCode() == 200 ? answers.get(0) : answers.get(1);
            assertConflict(answers.get(0) == winner ? answers.get(1) : answers.get(0));
            JsonPath now = term(plan.term());
            assertEquals(winner.jsonPath().getString("title"), now.getString("objectives[0].title"));
            assertEquals(version + 1, now.getLong("objectives[0].version"));
        }
        List<String> actions = audit("Objective", plan.objective());
        assertEquals(Race.ROUNDS, actions.stream().filter("UPDATE"::equals).count(), actions.toString());
    }

    @Test
    void twoTabsSavingTheSameObjectiveFormAtOnceOneIsShownTheConflictWithItsInput() throws Exception {
        Plan plan = plan();
        Session first = Sessions.scripted(plan.president(), "password1");
        Session second = Sessions.scripted(plan.president(), "password1");
        String page = "/terms/" + plan.term() + "/plan";
        for (int round = 0; round < Race.ROUNDS / 2; round++) {
            String version = String.valueOf(term(plan.term()).getLong("objectives[0].version"));
            var a = first.form(page).formParam("title", "Tab one " + round).formParam("weight", "100")
                    .formParam("perspective", "Growth").formParam("version", version);
            var b = second.form(page).formParam("title", "Tab two " + round).formParam("weight", "100")
                    .formParam("perspective", "Growth").formParam("version", version);
            String path = page + "/objectives/" + plan.objective();
            // each tab follows its answer's redirect (post/redirect/get): the winner's page, the loser's kept form
            List<Response> answers = Race.atOnce(() -> a.filter(Refused.followed()).post(path),
                    () -> b.filter(Refused.followed()).post(path));
            assertEquals(List.of(200, 409), Race.statuses(answers), "round " + round);
            int lost = answers.get(0).statusCode() == 409 ? 0 : 1;
            assertTrue(answers.get(lost).contentType().startsWith("text/html"));
            assertTrue(answers.get(lost).asString().contains(lost == 0 ? "Tab one " + round : "Tab two " + round),
                    "the refused form keeps what was typed");
            assertEquals(lost == 0 ? "Tab two " + round : "Tab one " + round,
                    term(plan.term()).getString("objectives[0].title"));
        }
    }

    @Test
    void anEditAndASubmitOfTheSamePlanNeverBothSucceed() throws Exception {
        Plan plan = plan();
        Session president = Sessions.scripted(plan.president(), "password1");
        Session other = Sessions.scripted(plan.president(), "password1");
        int submitted = 0;
        for (int round = 0; round < Race.ROUNDS; round++) {
            long version = term(plan.term()).getLong("objectives[0].version");
            // 40% would leave the plan unsubmittable: a submit that did not see it must not pass.
            Map<String, Object> body = edit("Grow", 40, version);
            List<Response> answers = Race.atOnce(
                    () -> president.script().post("/api/terms/" + plan.term() + "/plan/submit"),
                    () -> other.script().contentType("application/json").body(body)
                            .put("/api/objectives/" + plan.objective()));
            assertEquals(List.of(200, 409), Race.statuses(answers), "round " + round);
            JsonPath now = term(plan.term());
            if (answers.get(0).statusCode() == 200) {
                submitted++;
                assertConflict(answers.get(1));
                assertEquals("SUBMITTED", now.getString("planStatus"));
                assertEquals(100, now.getInt("objectives[0].weight"));
                Sessions.basic("exec").contentType("application/json").body(Map.of("reason", "again"))
                        .post("/api/terms/" + plan.term() + "/plan/reject").then().statusCode(200);
            } else {
                assertConflict(answers.get(0));
                assertEquals("DRAFT", now.getString("planStatus"));
                assertEquals(40, now.getInt("objectives[0].weight"));
                Fixtures.as(plan.president(), "password1").body(edit("Grow", 100, now.getLong("objectives[0].version")))
                        .put("/api/objectives/" + plan.objective()).then().statusCode(200);
            }
        }
        assertEquals(submitted, audit("Term", plan.term()).stream().filter("SUBMIT"::equals).count());
    }

    @Test
    void anApproveAndARejectAtOnceDecideOnce() throws Exception {
        Session exec = Sessions.scripted("exec", "demo");
        Session admin = Sessions.scripted("admin", "demo");
        for (int round = 0; round < Race.ROUNDS / 2; round++) {
            Plan plan = plan();
            Fixtures.as(plan.president(), "password1").post("/api/terms/" + plan.term() + "/plan/submit")
                    .then().statusCode(200);
            List<Response> answers = Race.atOnce(
                    () -> exec.script().post("/api/terms/" + plan.term() + "/plan/approve"),
                    () -> admin.script().contentType("application/json").body(Map.of("reason", "not yet"))
                            .post("/api/terms/" + plan.term() + "/plan/reject"));
            assertEquals(List.of(200, 409), Race.statuses(answers), "round " + round);
            boolean approved = answers.get(0).statusCode() == 200;
            assertConflict(answers.get(approved ? 1 : 0));
            assertEquals(approved ? "APPROVED" : "DRAFT", term(plan.term()).getString("planStatus"));
            List<String> decisions = audit("Term", plan.term()).stream()
                    .filter(a -> a.equals("APPROVE") || a.equals("REJECT")).toList();
            assertEquals(List.of(approved ? "APPROVE" : "REJECT"), decisions);
        }
    }
}
