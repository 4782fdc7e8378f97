package com.termboard.term;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Fixtures;
import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every term page has a menu of the term's other pages, each shown only to whom it opens: every link of the menu
 * answers 200 to its viewer, and the pages a viewer may not open are not offered.
 */
@QuarkusTest
class TermMenuTest {

    private static final Pattern LINK = Pattern.compile(
            "<a href=\"([^\"]+)\" id=\"term-menu-([a-z]+)\"( aria-current=\"page\")?>");

    /** The menu's links on {@code page}, by page name, with the current one marked by a leading '*'. */
    static Map<String, String> menu(RequestSpecification who, String page) {
        String html = who.get(page).then().statusCode(200).extract().asString();
        Map<String, String> links = new LinkedHashMap<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            links.put(m.group(2), (m.group(3) != null ? "*" : "") + m.group(1));
        }
        return links;
    }

    private static void everyLinkOpens(RequestSpecification who, Map<String, String> links) {
        links.values().forEach(href -> who.get(href.replace("*", "")).then().statusCode(200));
    }

    @Test
    void thePresidentGoesFromEachOfTheirTermPagesToTheOthers() {
        String president = Fixtures.president();
        long term = Fixtures.term(president, "2046-01-01");
        RequestSpecification me = Sessions.loggedIn(president, "password1");
        String t = "/terms/" + term;
        Map<String, String> expected = new LinkedHashMap<>(Map.of());
        expected.put("scorecard", t);
        expected.put("plan", t + "/plan");
        expected.put("progress", t + "/progress");
        expected.put("cycles", t + "/cycles");
        expected.put("handover", t + "/handover");
        for (Map.Entry<String, String> page : expected.entrySet()) {
            Map<String, String> links = menu(me, page.getValue());
            Map<String, String> marked = new LinkedHashMap<>(expected);
            marked.put(page.getKey(), "*" + page.getValue());
            assertEquals(marked, links, "the menu of " + page.getValue());
        }
        everyLinkOpens(me, expected);
        me.get("/reports/groups/G").then().statusCode(403); // hence no history link for a president
    }

    @Test
    void executivesAlsoGetTheGroupHistory() {
        long term = Fixtures.term(Fixtures.president(), "2046-07-01");
        RequestSpecification exec = Sessions.demo("exec");
        Map<String, String> links = menu(exec, "/terms/" + term);
        assertEquals(List.of("scorecard", "plan", "progress", "cycles", "handover", "history"),
                List.copyOf(links.keySet()));
        assertTrue(links.get("history").startsWith("/reports/groups/"), links.toString());
        everyLinkOpens(exec, links);
    }

    @Test
    void theNextPresidentSeesTheHandoverButIsNotOfferedTheOutgoingTermsPages() {
        String group = Fixtures.group();
        String outgoing = Fixtures.president();
        String incoming = Fixtures.president();
        long first = term(group, outgoing, "2047-01-01");
        term(group, incoming, "2047-07-01");
        RequestSpecification next = Sessions.loggedIn(incoming, "password1");
        next.get("/terms/" + first + "/handover").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("term-menu")));
        next.get("/terms/" + first).then().statusCode(403);
        assertEquals(List.of("scorecard", "plan", "progress", "cycles", "handover"),
                List.copyOf(menu(Sessions.loggedIn(outgoing, "password1"), "/terms/" + first + "/handover")
                        .keySet()));
    }

    @Test
    void theMenuReadsInChinese() {
        String president = Fixtures.president();
        long term = Fixtures.term(president, "2048-01-01");
        Sessions.loggedIn(president, "password1").header("Accept-Language", "zh-CN").get("/terms/" + term + "/plan")
                .then().statusCode(200).body(containsString("aria-label=\"本任期的页面\""))
                .body(containsString(">计分卡</a>")).body(containsString(">进度</a>"))
                .body(containsString(">交接</a>"));
    }

    static long term(String group, String president, String start) {
        return ((Number) Fixtures.admin().body(Map.of("president", president, "startDate", start))
                .post("/api/groups/" + group + "/terms").then().statusCode(201).extract().path("id")).longValue();
    }
}
