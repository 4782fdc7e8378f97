package com.termboard.review;

import com.termboard.web.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The words shown for a cycle's state and a review's status, in the request's language; templates call
 * {@code {inject:reviewLabels.state(c.state(today))}}. Unknown codes are shown as they are.
 */
@ApplicationScoped
@Named("reviewLabels")
public class ReviewLabels {

    /** UPCOMING, OPEN or CLOSED. */
    public String state(String state) {
        ReviewMessages t = Texts.of(ReviewMessages.class);
        return switch (state) {
            case "UPCOMING" -> t.state_upcoming();
            case "OPEN" -> t.state_open();
            case "CLOSED" -> t.state_closed();
            default -> state;
        };
    }

    /** A review's status in running text: "not started", "draft", "submitted". */
    public String status(String status) {
        ReviewMessages t = Texts.of(ReviewMessages.class);
        return switch (status) {
            case "NOT_STARTED" -> t.status_not_started();
            case "DRAFT" -> t.status_draft();
            case "SUBMITTED" -> t.status_submitted();
            default -> status;
        };
    }

    /** A review's status on the reviewer's badge: "NOT STARTED", "DRAFT", "SUBMITTED". */
    public String badge(String status) {
        ReviewMessages t = Texts.of(ReviewMessages.class);
        return switch (status) {
            case "NOT_STARTED" -> t.badge_not_started();
            case "DRAFT" -> t.badge_draft();
            case "SUBMITTED" -> t.badge_submitted();
            default -> status;
        };
    }

    /** The label of a rating from 1 to 5 (SPEC.md "Review"). */
    public static String rating(int value) {
        ReviewMessages t = Texts.of(ReviewMessages.class);
        return switch (value) {
            case 1 -> t.rating_1();
            case 2 -> t.rating_2();
            case 3 -> t.rating_3();
            case 4 -> t.rating_4();
            case 5 -> t.rating_5();
            default -> String.valueOf(value);
        };
    }
}
