package com.termboard.home;

import com.termboard.progress.PresidentDesks;
import com.termboard.report.Reports;
import com.termboard.report.TermSummary;
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
import java.util.List;

/** {@code /}: the landing page of whoever is logged in, with a section per role they hold. */
@Path("/")
@Authenticated
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(CurrentUser me, LocalDate today, List<TermSummary> current,
                List<Term> myTerms, ReviewerCycles.Overview myCycles, PresidentDesks.Desk desk);
    }

    @Inject
    CurrentUser me;

    @Inject
    Today today;

    @Inject
    PresidentDesks desks;

    @Inject
    Reports reports;

    @Inject
    ReviewerCycles reviewerCycles;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        LocalDate day = today.date();
        List<TermSummary> current = me.readsReports() ? reports.current() : List.of();
        List<Term> myTerms = me.isPresident() ? Term.ofPresident(me.user()) : List.of();
        ReviewerCycles.Overview myCycles = me.isReviewer() ? reviewerCycles.of(me.user(), day) : null;
        PresidentDesks.Desk desk = me.isPresident() ? desks.of(me.user(), day).orElse(null) : null;
        return Templates.home(me, day, current, myTerms, myCycles, desk);
    }
}
