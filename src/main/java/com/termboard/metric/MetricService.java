package com.termboard.metric;

import com.termboard.audit.AuditLog;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.Validation;
import com.termboard.web.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.regex.Pattern;

/** Adds metrics to the library. */
@ApplicationScoped
@Transactional
public class MetricService {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

    /** The body of {@code POST /api/metrics} and of the admin's metric form. */
    public record MetricRequest(String code, String name, String unit, String direction, String aggregation,
            String description) {
    }

    @Inject
    AuditLog audit;

    public Metric create(MetricRequest in) {
        MetricMessages text = Texts.of(MetricMessages.class);
        Validation v = new Validation()
                .text(in.code(), "code", 40)
                .matches(in.code(), CODE, "code", text.code_rule())
                .text(in.name(), "name", 120)
                .text(in.unit(), "unit", 20)
                .optionalText(in.description(), "description", 2000)
                .require(oneOf(in.direction(), Direction.values()), "direction", text.direction_rule())
                .require(oneOf(in.aggregation(), Aggregation.values()), "aggregation", text.aggregation_rule());
        v.check();
        if (Metric.byCode(in.code()).isPresent()) {
            throw ApiError.conflict(text.metric_exists(in.code()));
        }
        Metric m = new Metric();
        m.code = in.code();
        m.name = in.name().trim();
        m.unit = in.unit().trim();
        m.direction = Direction.valueOf(in.direction());
        m.aggregation = Aggregation.valueOf(in.aggregation());
        m.description = in.description() == null ? "" : in.description().trim();
        m.persist();
        audit.record("CREATE", "Metric", m.id, null, MetricView.of(m));
        return m;
    }

    private static boolean oneOf(String value, Enum<?>[] values) {
        return value != null && Arrays.stream(values).anyMatch(e -> e.name().equals(value));
    }
}
