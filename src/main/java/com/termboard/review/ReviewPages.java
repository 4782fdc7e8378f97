package com.termboard.review;

import com.termboard.plan.Kpi;
import com.termboard.plan.Objective;
import com.termboard.read.ReadModel;
import com.termboard.scoring.KpiScore;
import com.termboard.scoring.ObjectiveScore;
import com.termboard.scoring.TermScore;
import com.termboard.user.User;
import com.termboard.web.forms.FormState;
import com.termboard.web.render.Display;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the scoring form's {@link ReviewPage} from the database, the scorecard and, after a refusal, the input. */
@ApplicationScoped
public class ReviewPages {

    @Inject
    ReviewReader reader;

    @Inject
    ReadModel reads;

    public ReviewPage build(ReviewCycle cycle, User reviewer, LocalDate today, FormState form, String formError) {
        ReviewView view = reader.read(cycle, reviewer, today);
        Map<Long, KpiScore> kpiScores = new HashMap<>();
        TermScore score = reads.score(cycle.term.id, today).orElse(null);
        if (score != null) {
            for (ObjectiveScore o : score.objectives()) {
                o.kpis().forEach(k -> kpiScores.put(k.kpiId(), k));
            }
        }
        List<Kpi> kpis = Kpi.list("SELECT k FROM Kpi k JOIN FETCH k.metric WHERE k.objective.term = ?1 "
                + "ORDER BY k.position, k.id", cycle.term);
        Map<Long, Objective> objectives = new HashMap<>();
        Objective.ofTerm(cycle.term).forEach(o -> objectives.put(o.id, o));
        List<ReviewPage.ObjectiveRow> rows = new ArrayList<>();
        for (ReviewView.RatingRow r : view.ratings()) {
            Objective o = objectives.get(r.objective());
            List<ReviewPage.KpiRow> kpiRows = kpis.stream().filter(k -> k.objective.id.equals(o.id)).map(k -> {
                KpiScore s = kpiScores.get(k.id);
                return new ReviewPage.KpiRow(k.metric.name, k.metric.unit, Display.plain(k.baseline),
                        Display.plain(k.target), Display.plain(s == null ? null : s.actual()),
                        Display.percent(s == null ? null : s.attainment()), s == null ? null : s.status());
            }).toList();
            List<String> othersRatings = view.others() == null ? List.of() : view.others().stream()
                    .map(other -> other.ratings().stream().filter(x -> x.objective().equals(o.id)).findFirst()
                            .map(x -> ReviewPage.label(x.rating() == null ? null : x.rating().toString()))
                            .orElse("—"))
                    .toList();
            String rating = form.valueOr("rating-" + o.id, r.rating());
            String comment = form.valueOr("comment-" + o.id, r.comment());
            rows.add(new ReviewPage.ObjectiveRow(o.id, o.title, o.description, o.weight, o.perspective, kpiRows,
                    rating, comment, form.error("rating-" + o.id), othersRatings));
        }
        List<String> others = view.others() == null ? List.of()
                : view.others().stream().map(ReviewView.Other::displayName).toList();
        List<String> othersComments = view.others() == null ? List.of()
                : view.others().stream().map(o -> o.displayName() + ": " + o.comment()).toList();
        return new ReviewPage(cycle.id, cycle.name, cycle.term.group.code, cycle.term.label, cycle.opensOn,
                cycle.closesOn, view.status(), view.version() == null ? -1 : view.version(), view.open(),
                view.message(), form.valueOr("comment", view.comment()), form,
                form.error("confirm"), formError, rows, view.others() != null, others, othersComments);
    }
}
