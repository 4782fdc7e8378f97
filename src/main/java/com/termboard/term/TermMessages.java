package com.termboard.term;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of terms: status labels, access refusals, term and rotation checks ({@code term:}; messages/term_*.properties). */
@MessageBundle(value = "term", locale = "en")
public interface TermMessages {

    // Labels of the statuses shown in pages (the CSS class and the JSON keep the enum name)
    String term_status(TermStatus status);

    String plan_status(PlanStatus status);

    // Access
    String no_term(Long id);

    String term_not_yours();

    String only_president_or_admin();

    // Creating terms and rotations
    String end_after_start();

    String name_a_president();

    String term_overlaps(String start, String end, int sequence, String label, String otherStart, String otherEnd,
            String group);

    String no_user(String username);

    String not_a_president(String username);

    // The menu of a term's pages (tags/termMenu.html)
    String menu_label();

    String menu_scorecard();

    String menu_plan();

    String menu_progress();

    String menu_cycles();

    String menu_handover();

    String menu_history();
}
