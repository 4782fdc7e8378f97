package com.termboard.progress;

import com.termboard.progress.ProgressRules.AsOfProblem;
import com.termboard.progress.ProgressRules.Refusal;
import com.termboard.web.i18n.Texts;
import com.termboard.web.render.Display;

/** Why progress cannot be entered, or an as-of date is wrong, in the request's language. */
final class ProgressRefusals {

    private ProgressRefusals() {
    }

    static String text(Refusal r) {
        ProgressMessages t = Texts.of(ProgressMessages.class);
        return switch (r.reason()) {
            case CLOSED -> t.refusal_closed(r.term());
            case PLAN_NOT_APPROVED -> t.refusal_plan(r.term(), ProgressLabels.planStatus(r.plan()));
            case NOT_STARTED -> t.refusal_not_started(r.term(), Display.date(r.start()));
            case ENDED -> t.refusal_ended(r.term(), Display.date(r.end()), Display.date(r.lastDay()), r.graceDays());
        };
    }

    static String text(AsOfProblem p) {
        return switch (p.problem()) {
            case MISSING -> Texts.msg().required();
            case OUTSIDE_TERM -> Texts.of(ProgressMessages.class).as_of_outside(Display.date(p.start()),
                    Display.date(p.end()));
            case FUTURE -> Texts.of(ProgressMessages.class).as_of_future(Display.date(p.today()));
        };
    }
}
