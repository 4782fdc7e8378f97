package com.termboard.system;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Termboard's own settings ({@code termboard.*}); each is documented in the README's table. */
@ConfigMapping(prefix = "termboard")
public interface TermboardConfig {

    /** Load the demo data set into an empty database and print the demo logins. */
    @WithDefault("false")
    boolean demo();

    /** Password of the first admin, {@code admin}, created when the database has no user. */
    Optional<String> adminPassword();

    /** The zone in which "today" is decided. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** The perspectives an objective may take. */
    List<String> perspectives();

    EmbeddedDb embeddedDb();

    Progress progress();

    Scoring scoring();

    /** The embedded PostgreSQL, used when no datasource URL is set. */
    interface EmbeddedDb {
        /** Its data directory; survives restarts. */
        @WithDefault("./data/pg")
        String dir();
    }

    /** Progress entry rules. */
    interface Progress {
        /** Days after a term's end during which progress may still be entered. */
        @WithDefault("14")
        int graceDays();
    }

    /** Scoring parameters of SPEC.md "Scoring". */
    interface Scoring {
        /** The attainment cap. */
        @WithDefault("1.5")
        BigDecimal cap();

        /** k, the KPI share of the composite score. */
        @WithName("kpi-share")
        @WithDefault("0.6")
        BigDecimal kpiShare();
    }
}
