package com.termboard.web.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pages rendered from templates (other than those with kept parts, see {@link PagesTest}), and CSV downloads, are
 * written by {@link Utf8Pages}, as UTF-8 of a known length.
 */
@QuarkusTest
class Utf8PagesTest {

    @Inject
    Utf8Pages pages;

    @Test
    void templatePagesAndDownloadsAreWrittenByIt() {
        for (String path : new String[] {"/reports/reviewers", "/groups", "/reports/groups/DPBG.csv"}) {
            long before = pages.written();
            var response = Sessions.demo("exec").get(path).then().statusCode(200).extract().response();
            assertEquals(before + 1, pages.written(), path + " written by Utf8Pages");
            byte[] body = response.asByteArray();
            assertEquals(String.valueOf(body.length), response.header("Content-Length"), path);
            assertArrayEquals(new String(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8), body, path);
        }
        // Chinese pages are text beyond Latin-1: the same bytes as the text encoded once.
        var chinese = Sessions.demo("exec").header("Accept-Language", "zh-CN").get("/groups").then()
                .statusCode(200).extract().response();
        assertTrue(chinese.asString().contains("<h1>事业群</h1>"), "decoded as UTF-8");
        assertTrue(chinese.header("Content-Type").contains("charset=UTF-8"), chinese.header("Content-Type"));
    }
}
