package com.termboard.home;

import com.termboard.progress.PresidentDesks;
import com.termboard.report.Reports;
import com.termboard.report.TermSummary;
import com.termboard.review.CycleReviewer;
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

    /** A review cycle on the reviewer's list. */
    public record MyCycle(CycleReviewer assignment, String state, long daysLeft) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(CurrentUser me, LocalDate today, List<TermSummary> current,
                List<Term> myTerms, List<MyCycle> myCycles, PresidentDesks.Desk desk);
    }

    @Inject
    CurrentUser me;

    @Inject
    Today today;

    @Inject
    PresidentDesks desks;

    @Inject
    Reports reports;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        LocalDate day = today.date();
        List<TermSummary> current = me.readsReports() ? reports.current() : List.of();
        List<Term> myTerms = me.isPresident() ? Term.ofPresident(me.user()) : List.of();
        List<MyCycle> myCycles = me.isReviewer() ? myCycles(day) : List.of();
        PresidentDesks.Desk desk = me.isPresident() ? desks.of(me.user(), day).orElse(null) : null;
        return Templates.home(me, day, current, myTerms, myCycles, desk);
    }

    private List<MyCycle> myCycles(LocalDate day) {
        List<CycleReviewer> assignments = CycleReviewer.list("SELECT a FROM CycleReviewer a JOIN FETCH a.cycle c "
                + "JOIN FETCH c.term t JOIN FETCH t.group WHERE a.reviewer = ?1 ORDER BY c.closesOn DESC", me.user());
        return assignments.stream().map(a -> {
            String state = day.isBefore(a.cycle.opensOn) ? "UPCOMING" : day.isAfter(a.cycle.closesOn) ? "CLOSED" : "OPEN";
            return new MyCycle(a, state, ChronoUnit.DAYS.between(day, a.cycle.closesOn));
        }).toList();
    }
}
