package com.termboard.progress;

import com.termboard.progress.ProgressRules.FarOff;
import com.termboard.progress.ProgressService.Draft;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.FieldError;
import com.termboard.web.i18n.Texts;
import com.termboard.web.render.Display;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Values far off their KPI's last entry that the progress form must confirm before they are stored: a 400 naming
 * each one beside its value field, and the KPIs it is about (the form shows a confirmation box for each).
 */
final class UnconfirmedValues extends ApiError {

    /** The KPIs whose value waits for a confirmation. */
    final Set<Long> kpis;

    private UnconfirmedValues(List<FieldError> errors, Set<Long> kpis) {
        super(400, Texts.msg().error_invalid(), Texts.of(ProgressMessages.class).far_off_detail(), errors);
        this.kpis = Set.copyOf(kpis);
    }

    /** The far-off values among the drafts whose KPI is not {@code confirmed}, or empty when there is none. */
    static Optional<UnconfirmedValues> among(List<Draft> drafts, Predicate<Long> confirmed) {
        List<FieldError> errors = new ArrayList<>();
        Set<Long> kpis = new HashSet<>();
        for (Draft d : drafts) {
            if (!confirmed.test(d.kpiId())) {
                farOff(d).ifPresent(f -> {
                    errors.add(new FieldError(d.field().apply("value"), message(f)));
                    kpis.add(d.kpiId());
                });
            }
        }
        return errors.isEmpty() ? Optional.empty() : Optional.of(new UnconfirmedValues(errors, kpis));
    }

    /** The draft's value if it is far off its KPI's last entry in force (leaving out the entry it corrects). */
    private static Optional<FarOff> farOff(Draft d) {
        Long corrected = d.input().supersedes();
        ProgressEntry last = ProgressEntry.<ProgressEntry>find("FROM ProgressEntry e JOIN FETCH e.kpi k "
                + "JOIN FETCH k.metric WHERE k.id = ?1 AND e.id <> ?2 AND NOT EXISTS "
                + "(SELECT 1 FROM ProgressEntry n WHERE n.supersedes = e) "
                + "ORDER BY e.asOf DESC, e.enteredAt DESC, e.id DESC", d.kpiId(), corrected == null ? -1L : corrected)
                .firstResult();
        if (last == null || !ProgressRules.isFarOff(d.input().value(), last.value)) {
            return Optional.empty();
        }
        return Optional.of(new FarOff(d.kpiId(), last.kpi.metric.code, d.input().value(), last.value, last.asOf));
    }

    private static String message(FarOff f) {
        return Texts.of(ProgressMessages.class).far_off_value(Display.plain(f.value()), f.metric(),
                Display.plain(f.last()), Display.date(f.lastAsOf()));
    }
}
