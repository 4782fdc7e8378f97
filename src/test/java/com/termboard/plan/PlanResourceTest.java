package com.termboard.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.termboard.testing.Fixtures;
import com.termboard.testing.Refused;
import com.termboard.testing.Sessions;
import com.termboard.testing.Sessions.Session;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** The plan page: what each role sees, forms that keep input on refusal, PRG, CSRF and stale versions. */
@QuarkusTest
class PlanResourceTest {

    @Test
    void presidentSeesTheBlockersAndAddsAnObjective() {
        String p = Fixtures.president();
        long term = Fixtures.term(p, "2040-01-01");
        Session s = Sessions.session(p, "password1");
        String page = "/terms/" + term + "/plan";
        s.req().get(page).then().statusCode(200).body(containsString("The plan has no objective yet."))
                .body(containsString("Add an objective"));
        s.form(page).formParam("title", "Grow merchants").formParam("weight", "60")
                .formParam("perspective", "Growth").formParam("description", "Line one\nline two")
                .post(page + "/objectives").then().statusCode(303)
                .header("Location", containsString(page));
        s.req().get(page).then().statusCode(200).body(containsString("Objective added."))
                .body(containsString("Objective weights add up to 60%, not 100%."))
                .body(containsString("Objective &quot;Grow merchants&quot; has no KPI."));
    }

    @Test
    void everyDeleteAsksBeforeItIsSent() {
        String p = Fixtures.president();
        long term = Fixtures.term(p, "2048-01-01");
        long o = ((Number) Fixtures.as(p, "password1").body(PlanApiTest.objective("Grow <b>\"fast\"</b>", 100))
                .post("/api/terms/" + term + "/objectives").then().statusCode(201).extract().path("id")).longValue();
        Fixtures.as(p, "password1").body(PlanApiTest.kpi("MERCHANTS", 1000, 1200, 100))
                .post("/api/objectives/" + o + "/kpis").then().statusCode(201);
        String title = "&quot;Grow &lt;b&gt;&quot;fast&quot;&lt;/b&gt;&quot;";
        Sessions.session(p, "password1").req().get("/terms/" + term + "/plan").then().statusCode(200)
                .body(containsString("data-confirm=\"Delete the objective " + title
                        + " with all its KPIs? This cannot be undone.\""))
                .body(containsString("data-confirm=\"Delete KPI MERCHANTS of " + title
                        + "? This cannot be undone.\""))
                .body(containsString("<script src=\"/js/confirm.js\" defer></script>"));
        RestAssured.get("/js/confirm.js").then().statusCode(200).body(containsString("data-confirm"))
                .body(containsString("window.confirm("));
    }

    @Test
    void anInvalidFormComesBackWithMessagesBesideTheFieldsAndTheInputKept() {
        String p = Fixtures.president();
        long term = Fixtures.term(p, "2041-01-01");
        Session s = Sessions.session(p, "password1");
        String page = "/terms/" + term + "/plan";
        s.form(page).formParam("title", "Keep <b>this</b> title").formParam("weight", "heavy")
                .formParam("perspective", "Growth")
                .filter(Refused.page()).post(page + "/objectives").then().statusCode(422)
                .body(containsString("Enter a whole number."))
                .body(containsString("value=\"Keep &lt;b&gt;this&lt;/b&gt; title\""))
                .body(containsString("value=\"heavy\""));
        s.form(page).formParam("title", "").formParam("weight", "150").formParam("perspective", "Growth")
                .filter(Refused.page()).post(page + "/objectives").then().statusCode(422)
                .body(containsString("Must be between 1 and 100."))
                .body(containsString("Required."));
        Fixtures.as(p, "password1").get("/api/terms/" + term).then().body("objectives", hasSize(0));
    }

    @Test
    void kpiFormsValidateTheMetricAndTheTarget() {
        String p = Fixtures.president();
        long term = Fixtures.term(p, "2042-01-01");
        long o = ((Number) Fixtures.as(p, "password1").body(PlanApiTest.objective("Revenue", 100))
                .post("/api/terms/" + term + "/objectives").then().statusCode(201).extract().path("id")).longValue();
        Session s = Sessions.session(p, "password1");
        String page = "/terms/" + term + "/plan";
        s.form(page).formParam("metric", "TPV").formParam("baseline", "5").formParam("target", "5")
                .formParam("weight", "100")
                .filter(Refused.page()).post(page + "/objectives/" + o + "/kpis").then().statusCode(422)
                .body(containsString("The target must differ from the baseline."));
        s.form(page).formParam("metric", "TPV").formParam("baseline", "").formParam("target", "1,200.5")
                .formParam("weight", "100")
                .post(page + "/objectives/" + o + "/kpis").then().statusCode(303);
        Fixtures.as(p, "password1").get("/api/terms/" + term).then()
                .body("objectives[0].kpis[0].target", equalTo(1200.5f));
    }

    @Test
    void aStaleFormIsRefusedWithAClearMessage() {
        String p = Fixtures.president();
        long term = Fixtures.term(p, "2043-01-01");
        long o = ((Number) Fixtures.as(p, "password1").body(PlanApiTest.objective("Shared", 100))
                .post("/api/terms/" + term + "/objectives").then().statusCode(201).extract().path("id")).longValue();
        Session s = Sessions.session(p, "password1");
        String page = "/terms/" + term + "/plan";
        s.form(page).formParam("title", "First save").formParam("weight", "100").formParam("perspective", "Growth")
                .formParam("version", "0").post(page + "/objectives/" + o).then().statusCode(303);
        s.form(page).formParam("title", "Second save from an old page").formParam("weight", "100")
                .formParam("perspective", "Growth").formParam("version", "0")
                .filter(Refused.page()).post(page + "/objectives/" + o).then().statusCode(409)
                .body(containsString("Someone else changed this objective"))
                .body(containsString("Second save from an old page"));
        Fixtures.as(p, "password1").get("/api/terms/" + term).then().body("objectives[0].title", equalTo("First save"));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        String p = Fixtures.president();
        long term = Fixtures.term(p, "2044-01-01");
        Session s = Sessions.session(p, "password1");
        s.req().get("/terms/" + term + "/plan").then().statusCode(200);
        s.req().formParam("title", "Forged").formParam("weight", "10").formParam("perspective", "Growth")
                .post("/terms/" + term + "/plan/objectives").then().statusCode(403);
        Fixtures.as(p, "password1").get("/api/terms/" + term).then().body("objectives", hasSize(0));
    }

    @Test
    void accessToThePlanPage() {
        String p = Fixtures.president();
        String other = Fixtures.president();
        long term = Fixtures.term(p, "2045-01-01");
        String page = "/terms/" + term + "/plan";
        Sessions.session(other, "password1").req().get(page).then().statusCode(403)
                .body(containsString("not yours"));
        Sessions.demo("exec").get(page).then().statusCode(200).body(not(containsString("Add an objective")));
        Sessions.demo("admin").get(page).then().statusCode(200).body(containsString("Add an objective"));
        Sessions.demo("rev1").get(page).then().statusCode(403);
        Sessions.demo("exec").get("/terms/99999999/plan").then().statusCode(404);
        RestAssured.given().redirects().follow(false).get(page).then().statusCode(303)
                .header("Location", containsString("/login"));
        Session exec = Sessions.session("exec", "demo");
        exec.req().get(page).then().statusCode(200);
        exec.form(page).formParam("title", "Exec idea").formParam("weight", "10").formParam("perspective", "Growth")
                .post(page + "/objectives").then().statusCode(403);
    }

    @Test
    void submitThenApproveThroughThePages() {
        String p = Fixtures.president();
        long term = PlanApiTest.readyTerm(p);
        String page = "/terms/" + term + "/plan";
        Session president = Sessions.session(p, "password1");
        president.req().get(page).then().body(containsString("Nothing blocks submission."));
        president.form(page).post(page + "/submit").then().statusCode(303);
        Session exec = Sessions.session("exec", "demo");
        exec.form(page).formParam("reason", "").filter(Refused.page()).post(page + "/reject").then().statusCode(422)
                .body(containsString("Required."));
        exec.form(page).post(page + "/approve").then().statusCode(303);
        exec.req().get(page).then().body(containsString("APPROVED"));
    }

    @Test
    void aRefusedFormStaysThroughReloadsAndTheLanguageSwitchUntilItIsSent() {
        String p = Fixtures.president();
        long term = Fixtures.term(p, "2043-01-01");
        Session s = Sessions.session(p, "password1");
        String page = "/terms/" + term + "/plan";
        s.form(page).formParam("title", "Kept title").formParam("weight", "heavy").formParam("perspective", "Growth")
                .filter(Refused.page()).post(page + "/objectives").then().statusCode(422)
                .body(containsString("value=\"Kept title\"")).body(containsString("value=\"heavy\""))
                .body(containsString("<a href=\"#weight-new\">Weight %: Enter a whole number.</a>"))
                .body(containsString("id=\"weight-new\""));
        // The language switch goes back to the page, which is a GET: the kept form is there, in Chinese.
        s.req().get("/lang/zh-CN?back=" + page).then().statusCode(303).header("Location", containsString(page));
        s.req().get(page).then().statusCode(422).body(containsString("value=\"Kept title\""))
                .body(containsString("尚未保存。请修改以下字段：")).body(containsString("href=\"#weight-new\""));
        s.req().get("/lang/en?back=" + page).then().statusCode(303);
        // Another login of the same user has its own page.
        Sessions.session(p, "password1").req().get(page).then().statusCode(200)
                .body(not(containsString("Kept title"))).body(not(containsString("error-summary")));
        // Sent successfully, the form is no longer kept.
        s.form(page).formParam("title", "Sent title").formParam("weight", "40").formParam("perspective", "Growth")
                .post(page + "/objectives").then().statusCode(303);
        s.req().get(page).then().statusCode(200).body(not(containsString("Kept title")))
                .body(not(containsString("error-summary"))).body(containsString("Sent title"));
    }

    @Test
    void aBlockedSubmitSaysWhy() {
        String p = Fixtures.president();
        long term = Fixtures.term(p, "2044-01-01");
        Session s = Sessions.session(p, "password1");
        String page = "/terms/" + term + "/plan";
        s.req().get(page).then().statusCode(200)
                .body(containsString("aria-describedby=\"plan-blockers\""))
                .body(containsString("<div id=\"plan-blockers\">"))
                .body(containsString("The plan has no objective yet."))
                .body(containsString("Fix what is listed above to submit the plan."));
        s.form(page).filter(Refused.page()).post(page + "/submit").then().statusCode(409)
                .body(containsString("The plan has no objective yet."));
    }
}
