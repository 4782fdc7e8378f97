package com.termboard.report;

import com.termboard.read.ReadModel;
import com.termboard.read.ReportViews;
import com.termboard.read.TermHeader;
import com.termboard.session.CurrentUser;
import com.termboard.web.errors.ApiError;
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
import java.util.Comparator;
import java.util.List;

/**
 * {@code /reports/...}: the executive report pages and their CSV downloads, for executives and admins. The role is
 * checked in each method rather than by {@code @RolesAllowed}, whose refusal is answered on the I/O thread where the
 * error page's layout cannot read the user.
 */
@Path("/reports")
@Authenticated
public class ReportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<TermHeader> terms, List<String> groups,
                List<ReportViews.PresidentRef> presidents, ComparePick pick);

        static native TemplateInstance compare(Part body);

        static native TemplateInstance compareBody(ReportViews.Comparison report, String query);

        static native TemplateInstance group(ReportViews.GroupHistory report, Part body);

        static native TemplateInstance groupBody(ReportViews.GroupHistory report, String chart);

        static native TemplateInstance president(ReportViews.PresidentHistory report, String chart);

        static native TemplateInstance reviewers(ReportViews.ReviewerReport report);
    }

    @Inject
    ReadModel reads;

    @Inject
    CurrentUser me;

    @Inject
    RenderedParts parts;

    /** The model of the comparison's body: the report and the query its download link repeats. */
    record CompareBody(ReportViews.Comparison report, String query) {
    }

    private void allowed() {
        if (!me.readsReports()) {
            throw ApiError.forbidden(Texts.of(ReportMessages.class).reports_forbidden());
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        allowed();
        return index(ComparePick.EMPTY);
    }

    private TemplateInstance index(ComparePick pick) {
        List<TermHeader> terms = reads.allTerms();
        List<ReportViews.PresidentRef> presidents = terms.stream()
                .map(t -> new ReportViews.PresidentRef(t.president(), t.presidentName())).distinct()
                .sorted(Comparator.comparing(ReportViews.PresidentRef::displayName)
                        .thenComparing(ReportViews.PresidentRef::username)).toList();
        return Templates.index(terms, terms.stream().map(TermHeader::group).distinct().toList(), presidents, pick);
    }

    /** The comparison; a refused choice of terms or reference shows the picker again with why (422). */
    @GET
    @Path("compare")
    @Produces(MediaType.TEXT_HTML)
    public Response compare(@QueryParam("terms") List<String> terms, @QueryParam("ref") String ref) {
        allowed();
        String query = String.join(",", terms);
        ReportViews.Comparison report;
        try {
            report = TermIds.compare(reads, query, ref);
        } catch (ApiError e) {
            if (e.status != 400) {
                throw e;
            }
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Page.render(index(ComparePick.refused(terms, ref, e)))).build();
        }
        Part body = parts.render("compare", new CompareBody(report, query),
                b -> Templates.compareBody(b.report(), b.query()));
        return Response.ok(Page.render(Templates.compare(body), body)).type(MediaType.TEXT_HTML_TYPE
                .withCharset("UTF-8")).build();
    }

    @GET
    @Path("compare.csv")
    @Produces("text/csv")
    public Response compareCsv(@QueryParam("terms") List<String> terms, @QueryParam("ref") String ref) {
        allowed();
        ReportViews.Comparison report = TermIds.compare(reads, String.join(",", terms), ref);
        return ReportCsv.withMetrics(report.terms(), report.deltas(), report.metrics(), report.referenceTerm())
                .response("compare-" + String.join("-", report.terms().stream().map(t -> "" + t.id()).toList())
                        + ".csv");
    }

    @GET
    @Path("groups/{code}")
    @Produces(MediaType.TEXT_HTML)
    public Page group(@PathParam("code") String code) {
        allowed();
        ReportViews.GroupHistory report = reads.groupHistory(code);
        Part body = parts.render("group", report, r -> Templates.groupBody(r, ReportCharts.trend(
                Texts.of(ReportMessages.class).chart_group_title(r.group().code()), r.terms())));
        return Page.render(Templates.group(report, body), body);
    }

    @GET
    @Path("groups/{code}.csv")
    @Produces("text/csv")
    public Response groupCsv(@PathParam("code") String code) {
        allowed();
        ReportViews.GroupHistory report = reads.groupHistory(code);
        return ReportCsv.withMetrics(report.terms(), null, report.metrics(), null)
                .response("group-" + report.group().code() + ".csv");
    }

    @GET
    @Path("presidents/{username}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance president(@PathParam("username") String username) {
        allowed();
        ReportViews.PresidentHistory report = reads.presidentHistory(username);
        return Templates.president(report, ReportCharts.trend(
                Texts.of(ReportMessages.class).chart_president_title(report.president().displayName()),
                report.terms()));
    }

    @GET
    @Path("presidents/{username}.csv")
    @Produces("text/csv")
    public Response presidentCsv(@PathParam("username") String username) {
        allowed();
        ReportViews.PresidentHistory report = reads.presidentHistory(username);
        return ReportCsv.terms(report.terms()).response("president-" + report.president().username() + ".csv");
    }

    @GET
    @Path("reviewers")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance reviewers() {
        allowed();
        return Templates.reviewers(reads.reviewers());
    }

    @GET
    @Path("reviewers.csv")
    @Produces("text/csv")
    public Response reviewersCsv() {
        allowed();
        return ReportCsv.reviewers(reads.reviewers()).response("reviewers.csv");
    }
}
