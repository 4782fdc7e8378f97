package com.termboard.notify;

import com.termboard.web.i18n.Texts;
import com.termboard.web.render.Display;
import java.util.Locale;

/** What a notice says, in a language: the page's for the list, the recipient's for an e-mail. */
public final class NoticeTexts {

    private NoticeTexts() {
    }

    public static String title(Notice n, Locale locale) {
        NotifyMessages text = Texts.of(NotifyMessages.class, locale);
        String due = n.due() == null ? "" : Display.date(n.due(), locale);
        return switch (n.kind()) {
            case REVIEWER_ASSIGNED -> text.reviewer_assigned(n.group(), n.term(), n.cycle(), due);
            case PLAN_SUBMITTED -> text.plan_submitted(n.person(), n.group(), n.term());
            case PLAN_APPROVED -> text.plan_approved(n.group(), n.term());
            case PLAN_SENT_BACK -> text.plan_sent_back(n.group(), n.term(), n.reason());
            case REVIEW_REOPENED -> text.review_reopened(n.group(), n.term(), n.cycle(), n.reason());
            case HANDOVER_NOTE_WRITTEN -> text.handover_note_written(n.group(), n.term());
            case REVIEW_DUE -> text.review_due(n.group(), n.term(), n.cycle(), due);
            case PROGRESS_DUE -> n.count() != null && n.count() == 1 ? text.progress_due_one(n.group(), n.term())
                    : text.progress_due(n.group(), n.term(), n.count() == null ? 0 : n.count());
            case HANDOVER_DUE -> text.handover_due(n.group(), n.term(), due);
            case PLAN_DRAFT -> text.plan_draft(n.group(), n.term(), due);
        };
    }
}
