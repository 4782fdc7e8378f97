package com.termboard.progress;

import com.termboard.term.PlanStatus;
import com.termboard.term.TermStatus;
import com.termboard.web.Texts;
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
        ProgressMessages t = Texts.of(ProgressMessages.class);
        return switch (status) {
            case PLANNED -> t.term_status_planned();
            case ACTIVE -> t.term_status_active();
            case ENDED -> t.term_status_ended();
            case CLOSED -> t.term_status_closed();
        };
    }

    public static String planStatus(PlanStatus status) {
        ProgressMessages t = Texts.of(ProgressMessages.class);
        return switch (status) {
            case DRAFT -> t.plan_status_draft();
            case SUBMITTED -> t.plan_status_submitted();
            case APPROVED -> t.plan_status_approved();
        };
    }

    /** The label of an aggregation by its name (LATEST, SUM, AVERAGE); the name itself if unknown. */
    public static String aggregation(String name) {
        ProgressMessages t = Texts.of(ProgressMessages.class);
        return switch (name) {
            case "LATEST" -> t.aggregation_latest();
            case "SUM" -> t.aggregation_sum();
            case "AVERAGE" -> t.aggregation_average();
            default -> name;
        };
    }
}
