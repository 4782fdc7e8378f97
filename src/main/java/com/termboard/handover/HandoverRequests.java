package com.termboard.handover;

import java.util.List;

/** Bodies of the handover API and the fields of the handover page's forms. */
public final class HandoverRequests {

    private HandoverRequests() {
    }

    /** The outgoing president's note and a recommendation per objective; the whole set is replaced. */
    public record NoteRequest(String note, List<RecommendationRequest> recommendations) {
    }

    /** {@code recommendation} is {@code CARRY_OVER} or {@code CLOSE}. */
    public record RecommendationRequest(Long objective, String recommendation) {
    }

    /** The incoming president's decision on one objective; a drop needs a reason, a carry-over a weight. */
    public record DecisionRequest(Long objective, String decision, String reason, Integer weight) {
    }
}
