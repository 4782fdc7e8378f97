package com.termboard.group;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.termboard.testing.Fixtures;
import com.termboard.testing.Refused;
import com.termboard.testing.Sessions;
import com.termboard.testing.Sessions.Session;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Groups, metrics and terms: the admin's API and pages, the timeline with gaps, and who may do what. */
@QuarkusTest
class GroupPagesTest {

    @Test
    void groupsPageListsTheGroupsAndTheirCurrentPresidents() {
        Sessions.demo("rev1").get("/groups").then().statusCode(200)
                .body(containsString("Digital Payment Business Group")).body(containsString("Online Payment"))
                .body(containsString("Now:"));
        Sessions.demo("lqiao").get("/groups/DPBG").then().statusCode(200)
                .body(containsString("2025 H1")).body(containsString("Lin Qiao"))
                .body(containsString("PLANNED")).body(not(containsString("Generate a rotation")));
        Sessions.demo("exec").get("/groups/NOPE").then().statusCode(404);
    }

    @Test
    void adminCreatesAGroupAndItsTermsAndAGapIsShown() {
        String code = Fixtures.group();
        String p = Fixtures.president();
        Fixtures.admin().body(Map.of("president", p, "startDate", "2025-01-01")).post("/api/groups/" + code + "/terms")
                .then().statusCode(201).body("endDate", equalTo("2025-06-30")).body("sequence", equalTo(1));
        Fixtures.admin().body(Map.of("president", p, "startDate", "2025-09-01", "label", "Late start"))
                .post("/api/groups/" + code + "/terms").then().statusCode(201).body("endDate", equalTo("2026-02-28"));
        Sessions.demo("admin").get("/groups/" + code).then().statusCode(200)
                .body(containsString("Gap: 62 days without a president (2025-07-01 – 2025-08-31)"))
                .body(containsString("Late start"));
    }

    @Test
    void overlappingTermsAre409NamingTheClash() {
        String code = Fixtures.group();
        String p = Fixtures.president();
        Fixtures.admin().body(Map.of("presidents", List.of(p), "startDate", "2025-01-01", "count", 2))
                .post("/api/groups/" + code + "/rotation").then().statusCode(201).body("$", hasSize(2))
                .body("[1].startDate", equalTo("2025-07-01"));
        Fixtures.admin().body(Map.of("president", p, "startDate", "2025-12-01"))
                .post("/api/groups/" + code + "/terms").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("2025 H2"));
        Fixtures.admin().body(Map.of("president", p, "startDate", "2026-03-01", "endDate", "2026-02-01"))
                .post("/api/groups/" + code + "/terms").then().statusCode(400).body("errors.field", hasItem("endDate"));
        Fixtures.admin().body(Map.of("president", p, "startDate", "not-a-date"))
                .post("/api/groups/" + code + "/terms").then().statusCode(400);
        Fixtures.admin().body(Map.of("presidents", List.of(p, "nobody-here"), "startDate", "2027-01-01", "count", 2))
                .post("/api/groups/" + code + "/rotation").then().statusCode(400)
                .body("errors.field", hasItem("presidents[1]"));
        Fixtures.admin().body(Map.of("presidents", List.of(p), "startDate", "2027-01-01", "count", 0))
                .post("/api/groups/" + code + "/rotation").then().statusCode(400).body("errors.field", hasItem("count"));
    }

    @Test
    void groupAndMetricCreationValidateAndRefuseDuplicates() {
        Fixtures.admin().body(Map.of("code", "bad code", "name", "", "termMonths", 30, "units", List.of("A", "A")))
                .post("/api/groups").then().statusCode(400)
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("termMonths")).body("errors.field", hasItem("units"));
        Fixtures.admin().body(Map.of("code", "DPBG", "name", "Again")).post("/api/groups").then().statusCode(409);
        String code = Fixtures.unique("M");
        Fixtures.admin().body(Map.of("code", code, "name", "Merchant NPS", "unit", "pts",
                "direction", "HIGHER_IS_BETTER", "aggregation", "LATEST")).post("/api/metrics").then().statusCode(201)
                .body("code", equalTo(code));
        Sessions.basic("rev1").get("/api/metrics").then().statusCode(200).body("code", hasItem(code));
        Fixtures.admin().body(Map.of("code", code, "name", "Twice", "unit", "pts",
                "direction", "HIGHER_IS_BETTER", "aggregation", "LATEST")).post("/api/metrics").then().statusCode(409);
        Fixtures.admin().body(Map.of("code", "X1", "name", "Bad", "unit", "pts", "direction", "UP",
                "aggregation", "MEDIAN")).post("/api/metrics").then().statusCode(400)
                .body("errors.field", hasItem("direction")).body("errors.field", hasItem("aggregation"));
        Sessions.basic("exec").contentType("application/json").body(Map.of("code", "EXEC1", "name", "No"))
                .post("/api/groups").then().statusCode(403);
        Sessions.basic("lqiao").contentType("application/json").body(Map.of("code", "NOPE", "name", "No",
                "unit", "x", "direction", "HIGHER_IS_BETTER", "aggregation", "SUM"))
                .post("/api/metrics").then().statusCode(403);
    }

    @Test
    void adminFormsKeepInputOnRefusalAndRedirectOnSuccess() {
        String code = Fixtures.group();
        String p = Fixtures.president();
        Session admin = Sessions.session("admin", "demo");
        String page = "/groups/" + code;
        admin.form(page).formParam("president", p).formParam("startDate", "2025-13-40")
                .filter(Refused.page()).post(page + "/terms").then().statusCode(422)
                .body(containsString("Enter a date as yyyy-mm-dd."))
                .body(containsString("2025-13-40"));
        admin.form(page).formParam("presidents", p).formParam("startDate", "2025-01-01").formParam("count", "3")
                .post(page + "/rotation").then().statusCode(303);
        admin.form(page).formParam("president", p).formParam("startDate", "2025-02-01")
                .filter(Refused.page()).post(page + "/terms").then().statusCode(409)
                .body(containsString("overlaps term 1"));
        admin.req().get(page).then().body(containsString("2026 H1"));
        Session exec = Sessions.session("exec", "demo");
        exec.form("/groups").formParam("presidents", p).formParam("startDate", "2030-01-01").formParam("count", "1")
                .post(page + "/rotation").then().statusCode(403);
    }

    @Test
    void adminPageCreatesUsersGroupsAndMetrics() {
        Session admin = Sessions.session("admin", "demo");
        admin.req().get("/admin").then().statusCode(200).body(containsString("Metric library"))
                .body(containsString("lqiao"));
        String name = Fixtures.unique("u");
        admin.form("/admin").formParam("username", name).formParam("displayName", "Una User")
                .formParam("password", "short").formParam("roles", "REVIEWER")
                .filter(Refused.page()).post("/admin/users").then().statusCode(422)
                .body(containsString("At least 8 characters."))
                .body(containsString("value=\"Una User\"")).body(not(containsString("value=\"short\"")));
        admin.form("/admin").formParam("username", name).formParam("displayName", "Una User")
                .formParam("password", "long-enough").formParam("roles", "REVIEWER")
                .post("/admin/users").then().statusCode(303);
        admin.req().get("/admin").then().body(containsString(name));
        admin.req().get("/admin/audit?entity=User").then().statusCode(200).body(containsString("CREATE"));
        Sessions.demo("exec").get("/admin").then().statusCode(403);
        Sessions.demo("lqiao").get("/admin/audit").then().statusCode(403);
        Sessions.basic("exec").get("/api/audit").then().statusCode(403);
    }
}
