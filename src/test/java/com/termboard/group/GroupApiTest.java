package com.termboard.group;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** {@code /api/groups}: any logged-in user reads the groups and their terms, in order. */
@QuarkusTest
class GroupApiTest {

    @Test
    void listsTheDemoGroupsWithTheirUnits() {
        Sessions.basic("rev1").get("/api/groups").then().statusCode(200)
                .body("find { it.code == 'DPBG' }.name", equalTo("Digital Payment Business Group"))
                .body("find { it.code == 'DPBG' }.units", hasSize(5))
                .body("find { it.code == 'DPBG' }.units", hasItems("Online Payment", "Offline Payment"))
                .body("find { it.code == 'ABG' }.units", hasSize(6))
                .body("find { it.code == 'ABG' }.units", hasItems("Advertising", "Digital Products"))
                .body("termMonths", everyItem(equalTo(6)));
    }

    @Test
    void termsOfAGroupAreConsecutiveFrom2025UpToTheNextPlannedTerm() {
        JsonPath json = Sessions.basic("exec").get("/api/groups/DPBG/terms").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(3)).extract().jsonPath();
        List<String> starts = json.getList("startDate");
        List<String> ends = json.getList("endDate");
        Assertions.assertEquals("2025-01-01", starts.get(0));
        Assertions.assertEquals("2025-06-30", ends.get(0));
        for (int i = 1; i < starts.size(); i++) {
            Assertions.assertEquals(LocalDate.parse(ends.get(i - 1)).plusDays(1), LocalDate.parse(starts.get(i)),
                    "terms follow each other without gaps");
        }
        List<String> statuses = json.getList("status");
        Assertions.assertEquals("PLANNED", statuses.get(statuses.size() - 1));
        Assertions.assertEquals(1, statuses.stream().filter("PLANNED"::equals).count());
        Assertions.assertEquals(1, statuses.stream().filter("ACTIVE"::equals).count());
        Assertions.assertEquals(List.of(1, 2, 3), json.getList("sequence").subList(0, 3));
    }

    @Test
    void unknownGroupIs404ProblemJson() {
        Sessions.basic("exec").get("/api/groups/NOPE/terms").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }
}
