package com.termboard.home;

import com.termboard.handover.HandoverDesk;
import com.termboard.progress.PresidentDesks;
import com.termboard.read.ReadModel;
import com.termboard.read.TermSummary;
import com.termboard.review.ReviewerCycles;
import com.termboard.session.CurrentUser;
import com.termboard.system.Today;
import com.termboard.task.TaskView;
import com.termboard.task.Tasks;
import com.termboard.term.Term;
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
import java.util.Map;
import java.util.stream.Collectors;

/** {@code /}: the landing page of whoever is logged in, with a section per role they hold. */
@Path("/")
@Authenticated
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(CurrentUser me, LocalDate today, List<TaskView> tasks,
                List<TermSummary> current, Handovers handovers, List<Term> myTerms,
                Map<Long, List<TaskView>> termTasks, List<TaskView> noTasks, ReviewerCycles.Overview myCycles,
                PresidentDesks.Desk desk);
    }

    /** The dashboard's handovers: those due within {@code days} and each group's last one done. */
    public record Handovers(int days, List<HandoverDesk.Row> due, List<HandoverDesk.Row> done) {
    }

    @Inject
    CurrentUser me;

    @Inject
    Today today;

    @Inject
    PresidentDesks desks;

    @Inject
    ReadModel reads;

    @Inject
    ReviewerCycles reviewerCycles;

    @Inject
    HandoverDesk handoverDesk;

    @Inject
    Tasks tasks;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        LocalDate day = today.date();
        List<TermSummary> current = List.of();
        Handovers handovers = null;
        if (me.readsReports()) {
            current = reads.currentTerms();
            handovers = new Handovers(handoverDesk.windowDays(), handoverDesk.due(), handoverDesk.done());
        }
        List<Term> myTerms = me.isPresident() ? Term.ofPresident(me.user()) : List.of();
        ReviewerCycles.Overview myCycles = me.isReviewer() ? reviewerCycles.of(me.user(), day) : null;
        PresidentDesks.Desk desk = me.isPresident() ? desks.of(me.user(), day).orElse(null) : null;
        List<TaskView> mine = tasks.mine();
        Map<Long, List<TaskView>> termTasks = mine.stream().filter(t -> "term".equals(t.subject().type()))
                .collect(Collectors.groupingBy(t -> t.subject().id()));
        return Templates.home(me, day, mine, current, handovers, myTerms, termTasks, List.of(), myCycles, desk);
    }
}
