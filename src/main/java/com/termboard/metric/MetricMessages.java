package com.termboard.metric;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the metric library ({@code metric:} in templates; messages/metric_*.properties). */
@MessageBundle(value = "metric", locale = "en")
public interface MetricMessages {

    String direction(Direction direction);

    String aggregation(Aggregation aggregation);

    String code_rule();

    String direction_rule();

    String aggregation_rule();

    String metric_exists(String code);
}
