package com.termboard.review;

import com.termboard.scoring.PaceStatus;
import com.termboard.web.forms.FormState;
import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the scoring form shows, as plain values (the template renders after the transaction): the cycle, each
 * objective with its KPIs as of today and the value to show in each field, the form as it was refused (its messages),
 * and the others' ratings when visible.
 */
@TemplateData
public record ReviewPage(long cycleId, String cycleName, String group, String termLabel, LocalDate opensOn,
        LocalDate closesOn, String status, long version, boolean editable, String message, String comment,
        FormState form, String confirmError, String formError, List<ObjectiveRow> objectives,
        boolean othersVisible, List<String> others, List<String> othersComments) {

    /** The ratings of SPEC.md "Review". */
    public static final List<Choice> CHOICES = List.of(new Choice(1), new Choice(2), new Choice(3), new Choice(4),
            new Choice(5));

    /** One rating value with its label in the request's language. */
    @TemplateData
    public record Choice(int value) {

        public String key() {
            return String.valueOf(value);
        }

        public String label() {
            return ReviewLabels.rating(value);
        }
    }

    /** An objective on the form; {@code rating} and {@code comment} are what the fields show. */
    @TemplateData
    public record ObjectiveRow(long id, String title, String description, int weight, String perspective,
            List<KpiRow> kpis, String rating, String comment, String error, List<String> othersRatings) {

        public String ratingLabel() {
            return label(rating);
        }
    }

    /** A KPI of the objective, scored as of today. */
    @TemplateData
    public record KpiRow(String metric, String unit, String baseline, String target, String actual,
            String attainment, PaceStatus status) {
    }

    public List<Choice> choices() {
        return CHOICES;
    }

    public boolean isSubmitted() {
        return "SUBMITTED".equals(status);
    }

    /** "4 Exceeds" for "4"; a dash when unrated. */
    public static String label(String rating) {
        return CHOICES.stream().filter(c -> String.valueOf(c.value()).equals(rating)).findFirst()
                .map(c -> c.value() + " " + c.label()).orElse("—");
    }
}
