package com.termboard.handover;

import static com.termboard.handover.HandoverFixture.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.termboard.handover.HandoverFixture.Made;
import com.termboard.read.HandoverValues;
import com.termboard.read.HandoverValues.Value;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Sessions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The value of each metric across a handover: the old term's last entry and the new term's first. */
@QuarkusTest
class HandoverValuesTest {

    @Inject
    MutableClock clock;

    @Inject
    HandoverValues values;

    @Test
    void lastEntryOfTheOldTermAndFirstOfTheNewPerMetricThatSpansBoth() {
        Made m = HandoverFixture.make(clock);
        long o = HandoverFixture.create(as(m.incoming()), "/api/terms/" + m.b() + "/objectives",
                HandoverFixture.objective("Keep growing", 100));
        long latest = HandoverFixture.create(as(m.incoming()), "/api/objectives/" + o + "/kpis",
                HandoverFixture.kpi(m.latest(), 170, 250, 50));
        long sum = HandoverFixture.create(as(m.incoming()), "/api/objectives/" + o + "/kpis",
                HandoverFixture.kpi(m.sum(), null, 1200, 50));
        as(m.incoming()).post("/api/terms/" + m.b() + "/plan/submit").then().statusCode(200);
        Sessions.basic("exec").post("/api/terms/" + m.b() + "/plan/approve").then().statusCode(200);
        clock.setToday(LocalDate.of(2040, 8, 15));
        int wrong = as(m.incoming()).body(Map.of("asOf", "2040-07-03", "value", 130))
                .post("/api/kpis/" + latest + "/progress").then().statusCode(201).extract().path("id");
        as(m.incoming()).body(Map.of("asOf", "2040-07-03", "value", 135, "supersedes", wrong))
                .post("/api/kpis/" + latest + "/progress").then().statusCode(201);
        HandoverFixture.enter(m.incoming(), latest, "2040-08-01", 160);
        HandoverFixture.enter(m.incoming(), sum, "2040-07-05", 50);
        HandoverFixture.enter(m.incoming(), sum, "2040-07-20", 80);

        List<Value> across = QuarkusTransaction.requiringNew().call(() -> values.ofGroup(m.group()));
        // The AVERAGE metric was used only in the old term, so it has no value across the handover.
        assertEquals(2, across.size(), across.toString());
        Value l = across.stream().filter(v -> v.metric().equals(m.latest())).findFirst().orElseThrow();
        // Two KPIs of the old term use the LATEST metric; its last entry is the other KPI's 170 of 2040-05-01.
        assertEquals(LocalDate.of(2040, 7, 1), l.handoverDate());
        assertEquals(m.a(), l.oldTermId());
        assertEquals(m.b(), l.newTermId());
        assertEquals(LocalDate.of(2040, 5, 1), l.lastAsOf());
        assertEquals(0, l.lastValue().compareTo(new BigDecimal("170")));
        // The superseded 130 is left out: the first value of the new term is its correction, 135.
        assertEquals(LocalDate.of(2040, 7, 3), l.firstAsOf());
        assertEquals(0, l.firstValue().compareTo(new BigDecimal("135")));
        assertEquals(0, l.change().compareTo(new BigDecimal("-35")));
        Value s = across.stream().filter(v -> v.metric().equals(m.sum())).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2040, 4, 1), s.lastAsOf());
        assertEquals(0, s.lastValue().compareTo(new BigDecimal("250")));
        assertEquals(LocalDate.of(2040, 7, 5), s.firstAsOf());
        assertEquals(0, s.firstValue().compareTo(new BigDecimal("50")));
        assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> values.ofGroup("NO-SUCH-GROUP")));
    }
}
