package com.termboard.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Fixtures;
import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan API end to end: building a plan, the weight rules, the workflow, access, versions and audit. */
@QuarkusTest
class PlanApiTest {

    static Map<String, Object> objective(String title, int weight) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Why it matters");
        body.put("weight", weight);
        body.put("perspective", "Growth");
        return body;
    }

    static Map<String, Object> kpi(String metric, Object baseline, Object target, int weight) {
        Map<String, Object> body = new HashMap<>();
        body.put("metric", metric);
        body.put("baseline", baseline);
        body.put("target", target);
        body.put("weight", weight);
        return body;
    }

    static long id(io.restassured.response.Response r) {
        return ((Number) r.then().extract().path("id")).longValue();
    }

    @Test
    void presidentBuildsSubmitsAndExecutiveApproves() {
        String p = Fixtures.president();
        long term = Fixtures.term(p, "2031-01-01");
        RequestSpecification me = Fixtures.as(p, "password1");

        Fixtures.as(p, "password1").get("/api/terms/" + term).then().statusCode(200)
                .body("planStatus", equalTo("DRAFT")).body("blockers", hasItem("The plan has no objective yet."));

        long o1 = id(Fixtures.as(p, "password1").body(objective("Grow merchants", 60))
                .post("/api/terms/" + term + "/objectives").then().statusCode(201)
                .header("Location", containsString("/api/objectives/")).body("id", notNullValue()).extract().response());
        long o2 = id(Fixtures.as(p, "password1").body(objective("Cut fraud", 30))
                .post("/api/terms/" + term + "/objectives").then().statusCode(201).extract().response());
        Fixtures.as(p, "password1").body(kpi("MERCHANTS", 1000, 1200, 70))
                .post("/api/objectives/" + o1 + "/kpis").then().statusCode(201).body("metric", equalTo("MERCHANTS"));
        Fixtures.as(p, "password1").body(kpi("CHURN", 4, 3.2, 30))
                .post("/api/objectives/" + o1 + "/kpis").then().statusCode(201);
        String raw = Fixtures.as(p, "password1").get("/api/terms/" + term).then().extract().asString();
        assertTrue(raw.contains("\"baseline\":1000,\"target\":1200,") && !raw.contains("E+"), raw);

        Fixtures.as(p, "password1").get("/api/terms/" + term).then().statusCode(200)
                .body("objectives", hasSize(2))
                .body("blockers", hasItems("Objective weights add up to 90%, not 100%.",
                        "Objective \"Cut fraud\" has no KPI."));
        Fixtures.as(p, "password1").post("/api/terms/" + term + "/plan/submit").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("90%"));

        int version = Fixtures.as(p, "password1").get("/api/terms/" + term).then().extract()
                .path("objectives.find { it.id == " + o2 + " }.version");
        Map<String, Object> fix = objective("Cut fraud", 40);
        fix.put("version", version);
        Fixtures.as(p, "password1").body(fix).put("/api/objectives/" + o2).then().statusCode(200)
                .body("weight", equalTo(40)).body("version", equalTo(version + 1));
        Fixtures.as(p, "password1").body(kpi("FRAUD_LOSS", 1.8, 1.2, 100))
                .post("/api/objectives/" + o2 + "/kpis").then().statusCode(201);

        me.post("/api/terms/" + term + "/plan/submit").then().statusCode(200).body("planStatus", equalTo("SUBMITTED"))
                .body("blockers", hasSize(0));
        Fixtures.as(p, "password1").body(objective("Late idea", 10)).post("/api/terms/" + term + "/objectives")
                .then().statusCode(409).body("detail", containsString("only an admin"));
        Sessions.basic("rev1").post("/api/terms/" + term + "/plan/approve").then().statusCode(403);
        Sessions.basic("exec").post("/api/terms/" + term + "/plan/approve").then().statusCode(200)
                .body("planStatus", equalTo("APPROVED"));
        Sessions.basic("exec").post("/api/terms/" + term + "/plan/approve").then().statusCode(409);

        Fixtures.admin().get("/api/audit?entity=Term&id=" + term).then().statusCode(200)
                .body("action", hasItems("CREATE", "SUBMIT", "APPROVE"));
        Fixtures.admin().get("/api/audit?entity=Objective&id=" + o2).then().statusCode(200)
                .body("action", hasItems("CREATE", "UPDATE"))
                .body("find { it.action == 'UPDATE' }.before", containsString("\"weight\": 30"))
                .body("find { it.action == 'UPDATE' }.after", containsString("\"weight\": 40"));
    }

    @Test
    void rejectNeedsAReasonAndReturnsThePlanToDraft() {
        String p = Fixtures.president();
        long term = readyTerm(p);
        Fixtures.as(p, "password1").post("/api/terms/" + term + "/plan/submit").then().statusCode(200);
        Sessions.basic("exec").contentType("application/json").body(Map.of("reason", " "))
                .post("/api/terms/" + term + "/plan/reject").then().statusCode(400).body("errors.field", hasItem("reason"));
        Sessions.basic("exec").contentType("application/json").body(Map.of("reason", "Targets too timid"))
                .post("/api/terms/" + term + "/plan/reject").then().statusCode(200)
                .body("planStatus", equalTo("DRAFT")).body("planNote", equalTo("Targets too timid"));
    }

    @Test
    void afterApprovalOnlyAnAdminChangesThePlanAndItIsAudited() {
        String p = Fixtures.president();
        long term = readyTerm(p);
        Fixtures.as(p, "password1").post("/api/terms/" + term + "/plan/submit").then().statusCode(200);
        Sessions.basic("exec").post("/api/terms/" + term + "/plan/approve").then().statusCode(200);
        Map<String, Object> o = Fixtures.as(p, "password1").get("/api/terms/" + term).then().extract().path("objectives[0]");
        Map<String, Object> edit = objective("Grow merchants faster", 100);
        edit.put("version", o.get("version"));
        Fixtures.as(p, "password1").body(edit).put("/api/objectives/" + o.get("id")).then().statusCode(409);
        Fixtures.admin().body(edit).put("/api/objectives/" + o.get("id")).then().statusCode(200)
                .body("title", equalTo("Grow merchants faster"));
        Fixtures.admin().get("/api/audit?entity=Objective&id=" + o.get("id")).then()
                .body("find { it.action == 'UPDATE' }.actor", equalTo("admin"))
                .body("find { it.action == 'UPDATE' }.before", containsString("Grow merchants"))
                .body("find { it.action == 'UPDATE' }.after", containsString("Grow merchants faster"));
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsOverwritten() {
        String p = Fixtures.president();
        long term = Fixtures.term(p, "2032-01-01");
        long o = id(Fixtures.as(p, "password1").body(objective("First", 100))
                .post("/api/terms/" + term + "/objectives").then().statusCode(201).extract().response());
        Map<String, Object> a = objective("Edited by A", 100);
        a.put("version", 0);
        Map<String, Object> b = objective("Edited by B", 100);
        b.put("version", 0);
        Fixtures.as(p, "password1").body(a).put("/api/objectives/" + o).then().statusCode(200);
        Fixtures.admin().body(b).put("/api/objectives/" + o).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("Reload"));
        b.remove("version");
        Fixtures.admin().body(b).put("/api/objectives/" + o).then().statusCode(400).body("errors.field", hasItem("version"));
        Fixtures.as(p, "password1").get("/api/terms/" + term).then().body("objectives[0].title", equalTo("Edited by A"));
    }

    @Test
    void everyFieldIsValidatedAndNothingIsStored() {
        String p = Fixtures.president();
        long term = Fixtures.term(p, "2033-01-01");
        Map<String, Object> bad = new HashMap<>();
        bad.put("title", "");
        bad.put("weight", 0);
        bad.put("perspective", "Astrology");
        bad.put("description", "x".repeat(4001));
        Fixtures.as(p, "password1").body(bad).post("/api/terms/" + term + "/objectives").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("title", "weight", "perspective", "description"));
        Fixtures.as(p, "password1").body(Map.of("title", "T", "weight", "heavy", "perspective", "Growth"))
                .post("/api/terms/" + term + "/objectives").then().statusCode(400).body("errors.field", hasItem("weight"));
        long o = id(Fixtures.as(p, "password1").body(objective("Real", 100))
                .post("/api/terms/" + term + "/objectives").then().statusCode(201).extract().response());
        Fixtures.as(p, "password1").body(kpi("NO_SUCH_METRIC", null, 5, 100)).post("/api/objectives/" + o + "/kpis")
                .then().statusCode(400).body("errors.field", hasItem("metric"));
        Fixtures.as(p, "password1").body(kpi("TPV", 5, 5, 100)).post("/api/objectives/" + o + "/kpis")
                .then().statusCode(400).body("errors.message", hasItem("The target must differ from the baseline."));
        Fixtures.as(p, "password1").body(kpi("TPV", null, 5, 101)).post("/api/objectives/" + o + "/kpis")
                .then().statusCode(400).body("errors.field", hasItem("weight"));
        Fixtures.as(p, "password1").body(kpi("TPV", null, "1e30", 100)).post("/api/objectives/" + o + "/kpis")
                .then().statusCode(400).body("errors.field", hasItem("target"));
        Map<String, Object> foreign = objective("Continues a stranger", 10);
        foreign.put("continues", o);
        Fixtures.as(p, "password1").body(foreign).post("/api/terms/" + term + "/objectives").then().statusCode(400)
                .body("errors.field", hasItem("continues"));
        Fixtures.as(p, "password1").get("/api/terms/" + term).then().body("objectives", hasSize(1))
                .body("objectives[0].kpis", hasSize(0));
    }

    @Test
    void continuesLinksAnObjectiveOfTheGroupsPreviousTerm() {
        String p = Fixtures.president();
        String group = Fixtures.group();
        List<Map<String, Object>> terms = Fixtures.admin().body(Map.of("presidents", List.of(p), "startDate",
                "2034-01-01", "count", 2)).post("/api/groups/" + group + "/rotation").then().statusCode(201)
                .body("$", hasSize(2)).extract().path("$");
        long first = ((Number) terms.get(0).get("id")).longValue();
        long second = ((Number) terms.get(1).get("id")).longValue();
        long old = id(Fixtures.as(p, "password1").body(objective("Long-term bet", 100))
                .post("/api/terms/" + first + "/objectives").then().statusCode(201).extract().response());
        Map<String, Object> cont = objective("Long-term bet, year 2", 100);
        cont.put("continues", old);
        Fixtures.as(p, "password1").body(cont).post("/api/terms/" + second + "/objectives").then().statusCode(201)
                .body("continues", equalTo((int) old));
    }

    @Test
    void accessFollowsTheRoles() {
        String p = Fixtures.president();
        String other = Fixtures.president();
        long term = Fixtures.term(p, "2035-01-01");
        Fixtures.as(other, "password1").get("/api/terms/" + term).then().statusCode(403)
                .contentType("application/problem+json");
        Fixtures.as(other, "password1").body(objective("Not mine", 10)).post("/api/terms/" + term + "/objectives")
                .then().statusCode(403);
        Sessions.basic("exec").contentType("application/json").body(objective("Exec idea", 10))
                .post("/api/terms/" + term + "/objectives").then().statusCode(403);
        Sessions.basic("rev1").contentType("application/json").body(objective("Reviewer idea", 10))
                .post("/api/terms/" + term + "/objectives").then().statusCode(403);
        Sessions.basic("exec").get("/api/terms/" + term).then().statusCode(200);
        Sessions.basic("exec").get("/api/terms/999999999").then().statusCode(404);
        Fixtures.as(p, "password1").post("/api/terms/" + term + "/plan/approve").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/terms/" + term).then().statusCode(401);
    }

    @Test
    void deletingAnObjectiveOrKpiNeedsTheVersionAndIsAudited() {
        String p = Fixtures.president();
        long term = Fixtures.term(p, "2036-01-01");
        long o = id(Fixtures.as(p, "password1").body(objective("Short-lived", 100))
                .post("/api/terms/" + term + "/objectives").then().statusCode(201).extract().response());
        long k = id(Fixtures.as(p, "password1").body(kpi("NPS", 30, 40, 100)).post("/api/objectives/" + o + "/kpis")
                .then().statusCode(201).extract().response());
        Fixtures.as(p, "password1").delete("/api/kpis/" + k).then().statusCode(400);
        Fixtures.as(p, "password1").delete("/api/kpis/" + k + "?version=0").then().statusCode(204);
        Fixtures.as(p, "password1").delete("/api/objectives/" + o + "?version=0").then().statusCode(204);
        Fixtures.as(p, "password1").get("/api/terms/" + term).then().body("objectives", hasSize(0));
        List<String> actions = Fixtures.admin().get("/api/audit?entity=Kpi&id=" + k).then().extract().path("action");
        assertEquals(List.of("DELETE", "CREATE"), actions);
    }

    /** A term whose plan is complete: two objectives 60/40 with KPIs summing to 100. */
    static long readyTerm(String p) {
        long term = Fixtures.term(p, "2030-01-01");
        long o1 = id(Fixtures.as(p, "password1").body(objective("Grow merchants", 60))
                .post("/api/terms/" + term + "/objectives").then().statusCode(201).extract().response());
        long o2 = id(Fixtures.as(p, "password1").body(objective("Keep risk low", 40))
                .post("/api/terms/" + term + "/objectives").then().statusCode(201).extract().response());
        Fixtures.as(p, "password1").body(kpi("MERCHANTS", 1000, 1200, 100)).post("/api/objectives/" + o1 + "/kpis")
                .then().statusCode(201);
        Fixtures.as(p, "password1").body(kpi("INCIDENTS", null, 3, 100)).post("/api/objectives/" + o2 + "/kpis")
                .then().statusCode(201);
        return term;
    }
}
