package com.termboard.metric;

import com.termboard.system.IdentifiedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;

/** A KPI of the library; using the same metric in several terms lines them up for comparison. */
@Entity
public class Metric extends IdentifiedEntity {

    public String code;
    public String name;
    public String unit;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    public Aggregation aggregation;

    public String description = "";

    @Version
    public long version;

    public static Optional<Metric> byCode(String code) {
        if (code == null || code.indexOf('\u0000') >= 0) {
            return Optional.empty(); // PostgreSQL refuses NUL in a parameter; no such row can exist
        }
        return find("code", code).firstResultOptional();
    }

    public static List<Metric> allByCode() {
        return list("ORDER BY code");
    }
}
