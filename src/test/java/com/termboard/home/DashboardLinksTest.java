package com.termboard.home;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.task.TaskFixture;
import com.termboard.testing.Fixtures;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dashboard leads to every page a user works on: each own term's pages and task, the plans to approve. */
@QuarkusTest
class DashboardLinksTest {

    @Inject
    MutableClock clock;

    @Test
    void yourTermsLinksEachTermsPagesAndShowsItsTask() {
        String president = Fixtures.president();
        clock.setToday(LocalDate.of(2049, 6, 10));
        long term = TaskFixture.plannedTerm(president, "2049-07-01").term();
        String html = Sessions.loggedIn(president, "password1").get("/").then().statusCode(200).extract().asString();
        String row = html.substring(html.indexOf("<h2>Your terms</h2>"));
        String t = "/terms/" + term;
        for (String link : new String[] {t + "\" class=\"term-link-scorecard\">Scorecard", t
                + "/plan\" class=\"term-link-plan\">Plan", t + "/progress\" class=\"term-link-progress\">Progress",
                t + "/handover\" class=\"term-link-handover\">Handover"}) {
            assertTrue(row.contains("<a href=\"" + link + "</a>"), link + " in " + row);
        }
        assertTrue(row.contains("<a href=\"" + t + "/plan\">Finish and submit the plan of "), row);
        assertTrue(!row.contains("term-link-history"), "a president does not read the group history");
    }

    @Test
    void executivesListThePlansAwaitingApproval() {
        String president = Fixtures.president();
        clock.setToday(LocalDate.of(2049, 12, 10));
        long term = TaskFixture.plannedTerm(president, "2050-01-01").term();
        TaskFixture.as(president).post("/api/terms/" + term + "/plan/submit").then().statusCode(200);
        Sessions.demo("exec").get("/").then().statusCode(200)
                .body(containsString("<a class=\"button\" href=\"/approvals\" id=\"approvals-link\">"))
                .body(containsString("<a href=\"/approvals\">Approvals</a>"));
        String html = Sessions.demo("exec").get("/approvals").then().statusCode(200)
                .body(containsString("<h1>Plans awaiting approval</h1>")).extract().asString();
        Matcher row = Pattern.compile("<tr id=\"approval-" + term + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(row.find(), html);
        String cells = row.group(1);
        assertTrue(cells.contains("<td>President " + president + "</td>"), cells);
        assertTrue(cells.contains("<td class=\"when\">2050-01-01 – 2050-06-30</td>"), cells);
        assertTrue(cells.matches(
                "(?s).*<td class=\"when\">20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d \\(UTC\\+08:00\\)</td>.*"),
                "submitted at: " + cells);
        assertTrue(cells.contains("<a href=\"/terms/" + term + "/plan\">Review the plan</a>"), cells);
        Sessions.demo("admin").get("/approvals").then().statusCode(200).body(containsString("approval-" + term));
        Sessions.loggedIn(president, "password1").get("/approvals").then().statusCode(403);
        Sessions.loggedIn(president, "password1").get("/").then().statusCode(200)
                .body(not(containsString("href=\"/approvals\"")));
        TaskFixture.as("exec").post("/api/terms/" + term + "/plan/approve").then().statusCode(200);
        Sessions.demo("exec").get("/approvals").then().statusCode(200)
                .body(not(containsString("approval-" + term)));
    }

    @Test
    void theApprovalsReadInChinese() {
        Sessions.demo("exec").header("Accept-Language", "zh-CN").get("/approvals").then().statusCode(200)
                .body(containsString("<h1>待审批的计划</h1>")).body(containsString(">审批</a>"))
                .body(containsString("<title>待审批的计划"));
    }
}
