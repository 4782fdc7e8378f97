package com.termboard.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The group history shows each metric's last value before and first value after every handover. */
@QuarkusTest
class GroupHandoverValuesTest {

    @Test
    void groupHistoryListsValuesAcrossHandovers() {
        // Demo DPBG terms all track MERCHANTS, so every handover date has a MERCHANTS row.
        Sessions.basic("exec").get("/api/reports/groups/DPBG").then().statusCode(200)
                .body("handovers.findAll { it.metric == 'MERCHANTS' }.handoverDate",
                        hasItems("2025-07-01", "2026-01-01", "2026-07-01"))
                .body("handovers.find { it.metric == 'MERCHANTS' }.lastValue", notNullValue())
                .body("handovers.find { it.metric == 'MERCHANTS' }.firstValue", notNullValue());
        Sessions.demo("exec").get("/reports/groups/DPBG").then().statusCode(200)
                .body(containsString("Across handovers")).body(containsString("2025-07-01"));
    }
}
