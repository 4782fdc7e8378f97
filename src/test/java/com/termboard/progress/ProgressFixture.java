package com.termboard.progress;

import static io.restassured.RestAssured.given;

import com.termboard.group.BusinessGroup;
import com.termboard.metric.Aggregation;
import com.termboard.metric.Direction;
import com.termboard.metric.Metric;
import com.termboard.plan.Kpi;
import com.termboard.plan.Objective;
import com.termboard.term.PlanStatus;
import com.termboard.term.Term;
import com.termboard.user.Role;
import com.termboard.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A term of its own for each test, built through the entities (the planning API is written elsewhere): a new group, a
 * new president (password {@code demo}), new metrics and one objective whose KPIs are given.
 */
public final class ProgressFixture {

    /** A KPI to create: its metric's direction and aggregation, baseline (null: none), target, weight. */
    public record K(Direction direction, Aggregation aggregation, String baseline, String target, int weight) {
    }

    /** What was created; {@code kpis} are in the order given, {@code codes} are their metric codes. */
    public record Made(long termId, String president, List<Long> kpis, List<String> codes) {
    }

    static final LocalDate START = LocalDate.of(2030, 1, 1);
    static final LocalDate END = LocalDate.of(2030, 6, 30);

    private ProgressFixture() {
    }

    public static Made term(PlanStatus plan, K... kpis) {
        return term(START, END, plan, kpis);
    }

    public static Made term(LocalDate start, LocalDate end, PlanStatus plan, K... kpis) {
        String id = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36)
                .toUpperCase();
        return QuarkusTransaction.requiringNew().call(() -> {
            User president = new User();
            president.username = "p" + id.toLowerCase();
            president.displayName = "President " + id;
            president.setPassword("demo");
            president.roles.add(Role.PRESIDENT.name());
            president.createdAt = Instant.now();
            president.persist();
            BusinessGroup group = new BusinessGroup();
            group.code = "PG" + id;
            group.name = "Progress group " + id;
            group.persist();
            Term term = new Term();
            term.group = group;
            term.president = president;
            term.sequenceNo = 1;
            term.label = "T " + id;
            term.startDate = start;
            term.endDate = end;
            term.planStatus = plan;
            term.persist();
            Objective o = new Objective();
            o.term = term;
            o.title = "Objective " + id;
            o.weight = 100;
            o.perspective = "Growth";
            Map<Kpi, String> codes = new LinkedHashMap<>();
            for (int i = 0; i < kpis.length; i++) {
                K k = kpis[i];
                Metric m = new Metric();
                m.code = "M" + id + "_" + i;
                m.name = "Metric " + i + " " + k.direction() + " " + k.aggregation();
                m.unit = "count";
                m.direction = k.direction();
                m.aggregation = k.aggregation();
                m.persist();
                Kpi kpi = new Kpi();
                kpi.objective = o;
                kpi.metric = m;
                kpi.position = i;
                kpi.baseline = k.baseline() == null ? null : new BigDecimal(k.baseline());
                kpi.target = new BigDecimal(k.target());
                kpi.weight = k.weight();
                o.kpis.add(kpi);
                codes.put(kpi, m.code);
            }
            o.persist();
            return new Made(term.id, president.username, o.kpis.stream().map(k -> k.id).toList(),
                    List.copyOf(codes.values()));
        });
    }

    static long entries(long kpiId) {
        return QuarkusTransaction.requiringNew().call(() -> ProgressEntry.count("kpi.id", kpiId));
    }

    /** A form-login session: each call gives a fresh request carrying its cookies (session and CSRF). */
    static Supplier<RequestSpecification> session(String username) {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", "demo")
                .post("/j_security_check").then().statusCode(302);
        return () -> given().filter(cookies).redirects().follow(false);
    }

    private static final Pattern HIDDEN = Pattern.compile("name=\"([a-z-]+)\" value=\"([^\"]*)\"");

    /** The hidden fields (CSRF and idempotency token) of the first form of a page. */
    static Map<String, String> hidden(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            if (m.group(1).equals("csrf-token") || m.group(1).equals("idempotency-token")) {
                fields.putIfAbsent(m.group(1), m.group(2));
            }
        }
        return fields;
    }
}
