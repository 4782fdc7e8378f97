package com.termboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.scorecard.Scenario;
import com.termboard.testing.Sessions;
import com.termboard.web.render.Utf8Pages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every page is written by {@link Utf8Pages} as UTF-8 of a known length, in either language; those with kept parts
 * (the scorecard, the group history, the comparison) with the parts' kept bytes, the dashboard, which keeps nothing
 * rendered, as its text.
 */
@QuarkusTest
class PagesTest {

    @Inject
    Utf8Pages pages;

    @Test
    void keptPartsAreWrittenAsTheirBytes() {
        Scenario s = Scenario.build();
        // path, parts spliced
        String[][] cases = {{"/terms/" + s.termId, "1"}, {"/reports/groups/" + s.group, "1"},
                {"/reports/compare?terms=" + s.previousTermId + "," + s.termId, "1"}, {"/", "0"}};
        for (String language : new String[] {"en", "zh-CN"}) {
            for (String[] c : cases) {
                long written = pages.written();
                long spliced = pages.spliced();
                Response response = Sessions.demo("exec").header("Accept-Language", language).get(c[0]).then()
                        .statusCode(200).extract().response();
                assertEquals(written + 1, pages.written(), c[0] + " written by Utf8Pages");
                assertEquals(spliced + Long.parseLong(c[1]), pages.spliced(), c[0] + " parts spliced");
                byte[] body = response.asByteArray();
                assertEquals(String.valueOf(body.length), response.header("Content-Length"), c[0]);
                String type = response.header("Content-Type");
                assertTrue(type.startsWith("text/html") && type.contains("charset=UTF-8"), c[0] + ": " + type);
                String text = new String(body, StandardCharsets.UTF_8);
                assertTrue(text.startsWith("<!DOCTYPE html>") && text.trim().endsWith("</html>"), c[0]);
                assertTrue(text.contains(language.equals("en") ? "Log out" : "退出登录"), c[0] + " in " + language);
            }
        }
    }
}
