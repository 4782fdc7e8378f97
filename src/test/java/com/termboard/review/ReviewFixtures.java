package com.termboard.review;

import com.termboard.group.BusinessGroup;
import com.termboard.plan.Objective;
import com.termboard.term.Term;
import com.termboard.testing.Sessions;
import com.termboard.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Terms, cycles and objectives for the review tests, on the demo data; unique names per call. */
final class ReviewFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A demo term: id and dates. */
    record TermRef(long id, LocalDate start, LocalDate end) {
    }

    /** The latest active DPBG term, its objectives and a review window of days after its start. */
    record Window(TermRef term, List<Long> objectives, LocalDate opens, LocalDate closes) {
    }

    static Window window(int opensAfter, int closesAfter) {
        TermRef term = term("DPBG", "ACTIVE");
        return new Window(term, objectives(term.id()), term.start().plusDays(opensAfter),
                term.start().plusDays(closesAfter));
    }

    private ReviewFixtures() {
    }

    static String unique(String prefix) {
        return prefix + " " + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    /** The demo term of {@code group} with the given status (ACTIVE, PLANNED, ENDED: the last one). */
    static TermRef term(String group, String status) {
        JsonPath terms = Sessions.basic("admin").get("/api/groups/" + group + "/terms").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> list = terms.getList("findAll { it.status == '" + status + "' }");
        Map<String, Object> t = list.get(list.size() - 1);
        return new TermRef(((Number) t.get("id")).longValue(), LocalDate.parse((String) t.get("startDate")),
                LocalDate.parse((String) t.get("endDate")));
    }

    /** Creates a cycle through the API as admin and answers its id. */
    static long cycle(long termId, String name, LocalDate opens, LocalDate closes, List<String> reviewers) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("opensOn", opens.toString());
        body.put("closesOn", closes.toString());
        body.put("final", false);
        body.put("reviewers", reviewers);
        return Sessions.basic("admin").contentType("application/json").body(body)
                .post("/api/terms/" + termId + "/cycles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static List<Long> objectives(long termId) {
        return QuarkusTransaction.requiringNew().call(() -> Objective.ofTerm(Term.findById(termId)).stream()
                .map(o -> o.id).toList());
    }

    static String title(long objective) {
        return QuarkusTransaction.requiringNew().call(() -> Objective.<Objective>findById(objective).title);
    }

    /** A rating entry for the API. */
    static Map<String, Object> rating(Object objective, Object rating, String comment) {
        Map<String, Object> r = new HashMap<>();
        r.put("objective", objective);
        r.put("rating", rating);
        r.put("comment", comment);
        return r;
    }

    static long ratingsStored(long cycleId) {
        return QuarkusTransaction.requiringNew().call(() -> Rating.count("review.cycle.id = ?1", cycleId));
    }

    static long reviewsStored(long cycleId) {
        return QuarkusTransaction.requiringNew().call(() -> Review.count("cycle.id = ?1", cycleId));
    }

    /**
     * A new group with two consecutive 2025 terms: the first presided by a new user who also reviews, the second
     * by {@code lqiao}. Answers {secondTermId, username of the first president}.
     */
    static Object[] groupWithReviewingPreviousPresident() {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000) + SEQUENCE.incrementAndGet();
        return QuarkusTransaction.requiringNew().call(() -> {
            User previous = new User();
            previous.username = "prev" + suffix;
            previous.displayName = "Former President " + suffix;
            previous.setPassword("not-used-here");
            previous.roles.add("PRESIDENT");
            previous.roles.add("REVIEWER");
            previous.createdAt = Instant.now();
            previous.persist();
            BusinessGroup group = new BusinessGroup();
            group.code = "RV" + suffix;
            group.name = "Review test group " + suffix;
            group.persist();
            term(group, previous, 1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
            Term second = term(group, User.byUsername("lqiao").orElseThrow(), 2, LocalDate.of(2025, 7, 1),
                    LocalDate.of(2025, 12, 31));
            return new Object[] {second.id, previous.username};
        });
    }

    private static Term term(BusinessGroup group, User president, int seq, LocalDate start, LocalDate end) {
        Term t = new Term();
        t.group = group;
        t.president = president;
        t.sequenceNo = seq;
        t.label = start.getYear() + (start.getMonthValue() < 7 ? " H1" : " H2");
        t.startDate = start;
        t.endDate = end;
        t.persist();
        return t;
    }
}
