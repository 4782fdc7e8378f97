package com.termboard.handover;

import com.termboard.plan.Objective;
import com.termboard.term.Term;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The handover as the API shows it. */
public final class HandoverViews {

    private HandoverViews() {
    }

    /** One outgoing objective with its recommendation and decision (nulls until made). */
    public record ItemView(Long objective, String title, int weight, String recommendation, String decision,
            String reason, Long newObjective, String decidedBy, Instant decidedAt) {

        static ItemView of(Objective o, HandoverItem item) {
            if (item == null) {
                return new ItemView(o.id, o.title, o.weight, null, null, null, null, null, null);
            }
            return new ItemView(o.id, o.title, o.weight, name(item.recommendation), name(item.decision), item.reason,
                    item.newObjective == null ? null : item.newObjective.id,
                    item.decidedBy == null ? null : item.decidedBy.username, item.decidedAt);
        }
    }

    /** A term's handover: who hands over to whom, from when the note may be written, the note and the items. */
    public record HandoverView(Long term, String group, String label, String president, LocalDate endDate,
            LocalDate opensOn, Long nextTerm, String nextPresident, String note, String updatedBy, Instant updatedAt,
            List<ItemView> recommendations) {

        static HandoverView of(Term t, Term next, Handover h, List<Objective> objectives,
                Map<Long, HandoverItem> items) {
            return new HandoverView(t.id, t.group.code, t.label, t.president.username, t.endDate,
                    HandoverRules.opensOn(t), next == null ? null : next.id,
                    next == null ? null : next.president.username, h == null ? "" : h.note,
                    h == null || h.updatedBy == null ? null : h.updatedBy.username, h == null ? null : h.updatedAt,
                    objectives.stream().map(o -> ItemView.of(o, items.get(o.id))).toList());
        }
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
