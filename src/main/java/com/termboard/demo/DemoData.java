package com.termboard.demo;

import com.termboard.group.BusinessGroup;
import com.termboard.metric.Aggregation;
import com.termboard.metric.Direction;
import com.termboard.metric.Metric;
import com.termboard.system.FirstStartLock;
import com.termboard.system.TermboardConfig;
import com.termboard.system.Today;
import com.termboard.term.PlanStatus;
import com.termboard.term.Rotation;
import com.termboard.term.Term;
import com.termboard.user.Role;
import com.termboard.user.User;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The demo data set: the first customer's two groups with fictional presidents rotating every six months from
 * 2025-01-01 up to the next planned term, a metric library, plans, weekly progress and reviews.
 */
@Singleton
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final LocalDate FIRST_TERM = LocalDate.of(2025, 1, 1);
    static final String PASSWORD = "demo";

    @Inject
    TermboardConfig config;

    @Inject
    Today today;

    @Inject
    DemoActivity activity;

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (!config.demo()) {
            return;
        }
        FirstStartLock.hold(); // several replicas may start together on an empty database
        if (User.count() == 0) {
            load(today.date());
        }
        LOG.info("Demo mode. Logins, every one with the password 'demo': admin (ADMIN), exec (EXECUTIVE), "
                + "rev1..rev4 (REVIEWER), presidents " + String.join(", ", presidentsByGroup().values().stream()
                        .flatMap(List::stream).map(p -> p[0]).toList()) + " (PRESIDENT).");
    }

    void load(LocalDate day) {
        String hash = BcryptUtil.bcryptHash(PASSWORD); // one hash for all: bcrypt is slow on purpose
        user("admin", "Ada Admin", hash, Role.ADMIN);
        user("exec", "Evelyn Exec", hash, Role.EXECUTIVE);
        List<User> reviewers = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            reviewers.add(user("rev" + i, new String[] {"Rui Fang", "Sara Kim", "Tomas Berg", "Uma Rao"}[i - 1], hash,
                    Role.REVIEWER));
        }
        Map<String, Metric> metrics = metrics();
        Map<String, List<String[]>> roster = presidentsByGroup();
        BusinessGroup dpbg = group("DPBG", "Digital Payment Business Group",
                "Payments for merchants online and offline.", List.of("Online Payment", "Offline Payment",
                        "Cross-border Payment", "Merchant Services", "Risk & Compliance"));
        BusinessGroup abg = group("ABG", "Alipay Business Group", "The Alipay app and its services.",
                List.of("Advertising", "Digital Products", "Membership", "Mini Programs", "Wealth Services",
                        "Customer Care"));
        for (BusinessGroup group : List.of(dpbg, abg)) {
            List<User> presidents = roster.get(group.code).stream().map(p -> user(p[0], p[1], hash, Role.PRESIDENT))
                    .toList();
            List<Term> terms = terms(group, presidents, day);
            activity.fill(group, terms, metrics, reviewers, day);
        }
    }

    private List<Term> terms(BusinessGroup group, List<User> presidents, LocalDate day) {
        List<Term> terms = new ArrayList<>();
        LocalDate start = FIRST_TERM;
        int seq = 1;
        while (true) {
            Term term = new Term();
            term.group = group;
            term.president = presidents.get((seq - 1) % presidents.size());
            term.sequenceNo = seq++;
            term.startDate = start;
            term.endDate = Rotation.defaultEnd(start, group.termMonths);
            term.label = Rotation.label(start, group.termMonths);
            term.planStatus = start.isAfter(day) ? PlanStatus.DRAFT : PlanStatus.APPROVED;
            term.persist();
            terms.add(term);
            if (start.isAfter(day)) {
                return terms; // the next planned term is the last one
            }
            start = term.endDate.plusDays(1);
        }
    }

    static Map<String, List<String[]>> presidentsByGroup() {
        Map<String, List<String[]>> roster = new LinkedHashMap<>();
        roster.put("DPBG", List.of(new String[] {"lqiao", "Lin Qiao"}, new String[] {"hzhou", "Hao Zhou"},
                new String[] {"mchen", "Mei Chen"}));
        roster.put("ABG", List.of(new String[] {"wliu", "Wei Liu"}, new String[] {"yxu", "Yan Xu"},
                new String[] {"jsun", "Jing Sun"}));
        return roster;
    }

    private User user(String username, String name, String hash, Role role) {
        User user = new User();
        user.username = username;
        user.displayName = name;
        user.email = username + "@example.com";
        user.passwordHash = hash;
        user.roles.add(role.name());
        user.createdAt = Instant.parse("2024-12-01T00:00:00Z");
        user.persist();
        return user;
    }

    private BusinessGroup group(String code, String name, String description, List<String> units) {
        BusinessGroup group = new BusinessGroup();
        group.code = code;
        group.name = name;
        group.description = description;
        group.setUnitNames(units);
        group.persist();
        return group;
    }

    private Map<String, Metric> metrics() {
        Map<String, Metric> all = new LinkedHashMap<>();
        Object[][] rows = {
            {"MERCHANTS", "Active merchants", "count", Direction.HIGHER_IS_BETTER, Aggregation.LATEST},
            {"TPV", "Total payment volume", "CNY m", Direction.HIGHER_IS_BETTER, Aggregation.SUM},
            {"TXN_SUCCESS", "Transaction success rate", "%", Direction.HIGHER_IS_BETTER, Aggregation.AVERAGE},
            {"FRAUD_LOSS", "Fraud loss rate", "bp", Direction.LOWER_IS_BETTER, Aggregation.AVERAGE},
            {"CHURN", "Merchant churn", "%", Direction.LOWER_IS_BETTER, Aggregation.LATEST},
            {"NPS", "Net promoter score", "pts", Direction.HIGHER_IS_BETTER, Aggregation.LATEST},
            {"AD_REVENUE", "Advertising revenue", "CNY m", Direction.HIGHER_IS_BETTER, Aggregation.SUM},
            {"CPA", "Cost per acquisition", "CNY", Direction.LOWER_IS_BETTER, Aggregation.AVERAGE},
            {"MAU", "Monthly active users", "m", Direction.HIGHER_IS_BETTER, Aggregation.LATEST},
            {"RELEASES", "Product releases", "count", Direction.HIGHER_IS_BETTER, Aggregation.SUM},
            {"INCIDENTS", "Severity-1 incidents", "count", Direction.LOWER_IS_BETTER, Aggregation.SUM},
            {"COMPLAINTS", "Complaints per 10k orders", "per 10k", Direction.LOWER_IS_BETTER, Aggregation.AVERAGE},
            {"LATENCY", "Checkout latency p99", "ms", Direction.LOWER_IS_BETTER, Aggregation.LATEST},
        };
        for (Object[] row : rows) {
            Metric m = new Metric();
            m.code = (String) row[0];
            m.name = (String) row[1];
            m.unit = (String) row[2];
            m.direction = (Direction) row[3];
            m.aggregation = (Aggregation) row[4];
            m.description = m.name + ", measured in " + m.unit + ".";
            m.persist();
            all.put(m.code, m);
        }
        return all;
    }
}
