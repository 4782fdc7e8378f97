package com.termboard.home;

import com.termboard.review.ReviewerCycles;
import com.termboard.system.Today;
import com.termboard.term.Term;
import com.termboard.web.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** {@code /}: the landing page of whoever is logged in, with a section per role they hold. */
@Path("/")
@Authenticated
public class HomeResource {

    /** A current term on the executive's and admin's overview. */
    public record CurrentTerm(Term term, long daysLeft) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(CurrentUser me, LocalDate today, List<CurrentTerm> current,
                List<Term> myTerms, ReviewerCycles.Overview myCycles);
    }

    @Inject
    CurrentUser me;

    @Inject
    Today today;

    @Inject
    ReviewerCycles reviewerCycles;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        LocalDate day = today.date();
        List<CurrentTerm> current = me.readsReports()
                ? Term.activeOn(day).stream().map(t -> new CurrentTerm(t, ChronoUnit.DAYS.between(day, t.endDate)))
                        .toList()
                : List.of();
        List<Term> myTerms = me.isPresident() ? Term.ofPresident(me.user()) : List.of();
        ReviewerCycles.Overview myCycles = me.isReviewer() ? reviewerCycles.of(me.user(), day) : null;
        return Templates.home(me, day, current, myTerms, myCycles);
    }
}
