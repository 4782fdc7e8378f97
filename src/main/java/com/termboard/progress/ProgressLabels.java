package com.termboard.progress;

import com.termboard.metric.Aggregation;
import com.termboard.metric.MetricMessages;
import com.termboard.term.PlanStatus;
import com.termboard.term.TermMessages;
import com.termboard.term.TermStatus;
import com.termboard.web.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The words shown for a term's status, a plan's status and an aggregation, in the request's language; templates
 * call {@code {inject:progressLabels.term(t.status(today))}}.
 */
@ApplicationScoped
@Named("progressLabels")
public class ProgressLabels {

    public String term(TermStatus status) {
        return termStatus(status);
    }

    public String plan(PlanStatus status) {
        return planStatus(status);
    }

    public static String termStatus(TermStatus status) {
        return Texts.of(TermMessages.class).term_status(status);
    }

    public static String planStatus(PlanStatus status) {
        return Texts.of(TermMessages.class).plan_status(status);
    }

    /** The label of an aggregation by its name (LATEST, SUM, AVERAGE), as the metric library words it. */
    public static String aggregation(String name) {
        return Texts.of(MetricMessages.class).aggregation(Aggregation.valueOf(name));
    }
}
