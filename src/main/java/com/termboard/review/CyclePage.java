package com.termboard.review;

import io.quarkus.qute.TemplateData;
import com.termboard.web.forms.FormState;
import java.time.LocalDate;
import java.util.List;

/**
 * The cycle page: the window and, for admins and executives, each assigned reviewer's completion with the
 * conflict-of-interest flag; {@code assigned} tells a reviewer to go to their form.
 */
@TemplateData
public record CyclePage(long id, long termId, String group, String termLabel, String name, LocalDate opensOn,
        LocalDate closesOn, boolean isFinal, String state, boolean assigned, boolean showCompletion,
        boolean canReopen, List<Row> reviewers, long submitted, long drafts, long notStarted) {

    /** One assigned reviewer; {@code reopen} is the reopen form as it was refused, or empty. */
    @TemplateData
    public record Row(String username, String displayName, boolean conflictOfInterest, String status, Long reviewId,
            String submittedAt, FormState reopen) {
    }
}
