package com.termboard.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Management;
import com.termboard.testing.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prometheus finds the business counters from the first scrape on, on the management port only, and no request
 * timing is labelled with a raw id, not even for requests refused before any route matched them.
 */
@QuarkusTest
class MetricsTest {

    @Test
    void businessCountersAreExportedFromTheStart() {
        given().get(Management.url("/q/metrics")).then().statusCode(200)
                // The descriptions come only from the registration at start (BusinessMetrics).
                .body(containsString("# HELP termboard_progress_entries Progress entries stored"))
                .body(containsString("# HELP termboard_review_submissions Reviews submitted"))
                .body(containsString("termboard_progress_entries_total "))
                .body(containsString("termboard_review_submissions_total "));
    }

    /** Every cache of what is kept between requests (application.properties) reports its hits and misses. */
    @Test
    void everyKeptReadIsMeasured() {
        given().auth().preemptive().basic("exec", "demo").get("/api/groups/DPBG/terms").then().statusCode(200);
        given().auth().preemptive().basic("exec", "demo").get("/reports/groups/DPBG").then().statusCode(200);
        String metrics = given().get(Management.url("/q/metrics")).then().statusCode(200).extract().asString();
        for (String cache : List.of("term-scores-summarised", "term-scores-full", "scorecards", "report-terms",
                "handover-values")) {
            assertTrue(metrics.contains("cache=\"" + cache + "\""), cache + " is measured: " + metrics);
        }
        assertTrue(metrics.contains("cache_gets_total{cache=\"report-terms\",result=\"miss\"}")
                || metrics.contains("cache_gets_total{cache=\"report-terms\",result=\"hit\"}"), metrics);
    }

    @Test
    void operationsEndpointsAreNotOnTheApplicationPort() {
        for (String path : List.of("/q/metrics", "/q/openapi", "/q/health/ready", "/q/health/live")) {
            assertEquals(200, given().get(Management.url(path)).statusCode(), path + " on the management port");
            int status = given().redirects().follow(false).get(path).statusCode();
            assertTrue(status == 404 || status == 401 || status == 303, path + " on the app's port: " + status);
        }
    }

    @Test
    void uriLabelsNeverCarryARawId() {
        given().get("/api/terms/123456789/scorecard").then().statusCode(401);
        given().auth().preemptive().basic("admin", "wrong").get("/api/terms/123456781/scorecard").then()
                .statusCode(401);
        given().auth().preemptive().basic("rev1", "demo").get("/api/users/123456782").then().statusCode(404);
        given().auth().preemptive().basic("admin", "demo").get("/no-such-page/123456783").then().statusCode(404);
        given().auth().preemptive().basic("admin", "demo").delete("/api/terms/123456784/scorecard").then()
                .statusCode(405);
        assertEquals(413, RawHttp.send("POST /api/groups/123456785/terms HTTP/1.1\r\nContent-Type: application/json"
                + "\r\nContent-Length: " + 6L * 1024 * 1024, "{}").status());
        given().auth().preemptive().basic("admin", "demo").get("/api/terms/123456786").then().statusCode(404);
        List<String> labelled = Management.metrics().lines().filter(l -> l.startsWith("http_server_requests"))
                .filter(l -> l.matches(".*uri=\"[^\"]*12345678\\d[^\"]*\".*")).toList();
        assertEquals(List.of(), labelled);
    }
}
