package com.termboard.scorecard;

import com.termboard.read.Scorecard;
import com.termboard.read.ScorecardView;
import com.termboard.read.TermHeader;
import com.termboard.report.Svg;
import com.termboard.scoring.ProgressPoint;
import com.termboard.session.CurrentUser;
import com.termboard.system.TermboardConfig;
import com.termboard.web.i18n.Texts;
import com.termboard.web.render.Page;
import com.termboard.web.render.Part;
import com.termboard.web.render.RenderedParts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /terms/{id}}: the term scorecard page and its CSV download, for whoever may read the term. */
// Rooted at "/" like the other page classes: a "/terms" root would hide /terms/{id}/cycles from them.
@Path("/")
@Authenticated
public class ScorecardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scorecard(TermHeader header, Part body);

        static native TemplateInstance scorecardBody(ScorecardView card, TermHeader header,
                ScorecardView.CycleRow reviewCycle, BigDecimal k, BigDecimal reviewShare, Map<Long, String> sparks,
                List<ReviewComments.Comment> comments, ReviewVisibility.Seen seen, boolean reports);
    }

    /** Everything the scorecard's body shows, as the reader may see it: the model of its rendering. */
    record Body(ScorecardView card, TermHeader header, Map<Long, List<ProgressPoint>> entries,
            ScorecardView.CycleRow reviewCycle, BigDecimal k, List<ReviewComments.Comment> comments,
            ReviewVisibility.Seen seen, boolean reports) {
    }

    @Inject
    ReadableScorecards scorecards;

    @Inject
    ReviewVisibility visibility;

    @Inject
    ReviewComments comments;

    @Inject
    TermboardConfig config;

    @Inject
    CurrentUser me;

    @Inject
    RenderedParts parts;

    @GET
    @Path("terms/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Page scorecard(@PathParam("id") long id, @QueryParam("asOf") String asOf) {
        Scorecard card = scorecards.of(id, asOf);
        ReviewVisibility.Seen seen = visibility.seen(card.view());
        ScorecardView view = visibility.mask(card.view(), card.reviewCycleId(), seen);
        // The cycle the term's review score comes from, shown or hidden alike, so the headline names it.
        ScorecardView.CycleRow reviewCycle = view.cycles().stream()
                .filter(c -> card.reviewCycleId() != null && c.id() == card.reviewCycleId()).findFirst().orElse(null);
        Body body = new Body(view, card.header(), card.entries(), reviewCycle, config.scoring().kpiShare(),
                comments.of(id, seen.visible()), seen, me.readsReports());
        Part part = parts.render("scorecard", body, ScorecardResource::body);
        return Page.render(Templates.scorecard(card.header(), part), part);
    }

    private static TemplateInstance body(Body body) {
        Map<Long, String> sparks = new HashMap<>();
        ScorecardMessages text = Texts.of(ScorecardMessages.class);
        for (ScorecardView.ObjectiveRow o : body.card().objectives()) {
            for (ScorecardView.KpiRow k : o.kpis()) {
                List<ProgressPoint> entries = body.entries().getOrDefault(k.id(), List.of());
                sparks.put(k.id(), Svg.sparkline(entries.stream().map(ProgressPoint::value).toList(),
                        text.sparkline_title(k.metric(), entries.size())));
            }
        }
        return Templates.scorecardBody(body.card(), body.header(), body.reviewCycle(), body.k(),
                BigDecimal.ONE.subtract(body.k()), sparks, body.comments(), body.seen(), body.reports());
    }

    @GET
    @Path("terms/{id}/scorecard.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id, @QueryParam("asOf") String asOf) {
        Scorecard card = scorecards.of(id, asOf);
        ScorecardView view = visibility.masked(card);
        return ScorecardCsv.of(view).response("scorecard-" + card.header().group() + "-" + card.header().label()
                + "-" + view.asOf() + ".csv");
    }
}
