package com.termboard.metric;

/** A metric as the API shows it. */
public record MetricView(Long id, String code, String name, String unit, Direction direction, Aggregation aggregation,
        String description) {

    public static MetricView of(Metric m) {
        return new MetricView(m.id, m.code, m.name, m.unit, m.direction, m.aggregation, m.description);
    }
}
