package com.termboard.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Prometheus finds the business counters from the first scrape on, not only after their first increment. */
@QuarkusTest
class MetricsTest {

    @Test
    void businessCountersAreExportedFromTheStart() {
        given().get("/q/metrics").then().statusCode(200)
                // The descriptions come only from the registration at start (BusinessMetrics).
                .body(containsString("# HELP termboard_progress_entries Progress entries stored"))
                .body(containsString("# HELP termboard_review_submissions Reviews submitted"))
                .body(containsString("termboard_progress_entries_total "))
                .body(containsString("termboard_review_submissions_total "));
    }
}
