package com.termboard.history;

import com.termboard.term.Rotation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills an empty database with a synthetic, deterministic history (same seed and day, same rows) through COPY:
 * groups of six-month terms up to the one running on {@code today}, approved plans, weekly progress with a few
 * corrections, and review cycles whose closed windows have submitted reviews. Run it where no one else writes.
 */
public final class HistoryGenerator {

    static final String[] AGGREGATIONS = {"LATEST", "SUM", "AVERAGE"};
    static final int PRESIDENTS_PER_GROUP = 4;
    static final int METRICS = 12;

    private final Connection c;
    private final Scale scale;
    private final LocalDate today;
    private final String passwordHash;
    private final List<String> perspectives;
    private final SplittableRandom random;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long firstUser;

    public HistoryGenerator(Connection c, Scale scale, LocalDate today, String passwordHash, List<String> perspectives) {
        this.c = c;
        this.scale = scale;
        this.today = today;
        this.passwordHash = passwordHash;
        this.perspectives = perspectives;
        this.random = new SplittableRandom(scale.seed());
    }

    /** Generates everything in the caller's transaction and returns the number of rows per table. */
    public Map<String, Long> generate() throws SQLException {
        long reviewer0 = users();
        long metric0 = metrics();
        LocalDate current = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 6);
        Terms terms = new Terms(c, scale, today, random, perspectives);
        for (int g = 1; g <= scale.groups(); g++) {
            long groupId = CopyRows.reserve(c, "business_group", 1);
            put(new CopyRows("business_group", "id, code, name, description, term_months")
                    .row(groupId, String.format("G%02d", g), String.format("Group %02d", g), "Synthetic history.", 6));
            CopyRows units = new CopyRows("business_unit", "group_id, position, name");
            for (int u = 1; u <= 3; u++) {
                units.row(groupId, u, "Unit " + u);
            }
            put(units);
            long president0 = 1 + (long) (g - 1) * PRESIDENTS_PER_GROUP;
            for (int t = 1; t <= scale.terms(); t++) {
                LocalDate start = current.minusMonths(6L * (scale.terms() - t));
                LocalDate end = Rotation.defaultEnd(start, 6);
                long president = userId(president0 + (t - 1) % PRESIDENTS_PER_GROUP);
                terms.add(groupId, t, start, end, Rotation.label(start, 6), president, metric0, reviewer0);
            }
            terms.flush(counts);
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
        return counts;
    }

    private long userId(long ordinal) {
        return firstUser + ordinal - 1;
    }

    /** Presidents {@code g01p1}.., reviewers {@code brev1}.. and {@code bexec}; returns the first reviewer's id. */
    private long users() throws SQLException {
        int presidents = scale.groups() * PRESIDENTS_PER_GROUP;
        int total = presidents + scale.reviewers() + 1;
        firstUser = CopyRows.reserve(c, "app_user", total);
        CopyRows users = new CopyRows("app_user", "id, username, display_name, password_hash, created_at");
        CopyRows roles = new CopyRows("user_role", "user_id, role");
        String created = "2010-01-01 00:00:00+00";
        for (int i = 1; i <= total; i++) {
            long id = userId(i);
            String name;
            String role;
            if (i <= presidents) {
                int g = (i - 1) / PRESIDENTS_PER_GROUP + 1;
                name = String.format("g%02dp%d", g, (i - 1) % PRESIDENTS_PER_GROUP + 1);
                role = "PRESIDENT";
            } else if (i <= presidents + scale.reviewers()) {
                name = "brev" + (i - presidents);
                role = "REVIEWER";
            } else {
                name = "bexec";
                role = "EXECUTIVE";
            }
            users.row(id, name, "Bench " + name, passwordHash, created);
            roles.row(id, role);
        }
        put(users);
        put(roles);
        return userId(presidents + 1L);
    }

    /** {@code BM01}..{@code BM12}, alternating direction and cycling through the aggregations. */
    private long metrics() throws SQLException {
        long first = CopyRows.reserve(c, "metric", METRICS);
        CopyRows rows = new CopyRows("metric", "id, code, name, unit, direction, aggregation");
        for (int m = 0; m < METRICS; m++) {
            rows.row(first + m, String.format("BM%02d", m + 1), "Bench metric " + (m + 1), "u",
                    m % 2 == 0 ? "HIGHER_IS_BETTER" : "LOWER_IS_BETTER", AGGREGATIONS[m % 3]);
        }
        put(rows);
        return first;
    }

    private void put(CopyRows rows) throws SQLException {
        counts.merge(rows.table(), rows.flush(c), Long::sum);
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    static String instant(LocalDate day, int minutes) {
        return day.atStartOfDay(ZoneOffset.UTC).plusMinutes(minutes).toOffsetDateTime().toString();
    }
}
