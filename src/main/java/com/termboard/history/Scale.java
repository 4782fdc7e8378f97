package com.termboard.history;

import java.util.HashMap;
import java.util.Map;

/** How much synthetic history to generate: groups × terms × objectives × KPIs × weekly entries, reviewers, cycles. */
public record Scale(int groups, int terms, int objectives, int kpis, int weeks, int reviewers, int cycles, long seed) {

    /** "large" of issue 12: 10 groups × 20 terms × 8 objectives × 5 KPIs × 26 weeks, 5 reviewers, 3 cycles. */
    public static final Scale LARGE = new Scale(10, 20, 8, 5, 26, 5, 3, 42);

    public Scale {
        if (groups < 1 || groups > 99 || terms < 1 || terms > 200 || objectives < 1 || objectives > 50 || kpis < 1
                || kpis > 20 || weeks < 0 || weeks > 26 || reviewers < 1 || reviewers > 99 || cycles < 1
                || cycles > 10) {
            throw new IllegalArgumentException("Scale out of range: " + "groups 1-99, terms 1-200, objectives 1-50, "
                    + "kpis 1-20, weeks 0-26, reviewers 1-99, cycles 1-10");
        }
    }

    /** {@code --groups G --terms T --objectives O --kpis K --weeks W --reviewers R --cycles C --seed S}, each
     * defaulting to "large". */
    public static Scale parse(String... args) {
        Map<String, Long> v = new HashMap<>(Map.of("groups", 10L, "terms", 20L, "objectives", 8L, "kpis", 5L,
                "weeks", 26L, "reviewers", 5L, "cycles", 3L, "seed", 42L));
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                continue;
            }
            String name = args[i].substring(2);
            if (!v.containsKey(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("Unknown option or missing value: " + args[i]);
            }
            v.put(name, Long.parseLong(args[++i]));
        }
        return new Scale(v.get("groups").intValue(), v.get("terms").intValue(), v.get("objectives").intValue(),
                v.get("kpis").intValue(), v.get("weeks").intValue(), v.get("reviewers").intValue(),
                v.get("cycles").intValue(), v.get("seed"));
    }
}
