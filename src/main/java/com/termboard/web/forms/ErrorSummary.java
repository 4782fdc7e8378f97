package com.termboard.web.forms;

import com.termboard.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The error summary at the top of a page that shows a refused form ({@code tags/errorSummary}, in the layout): each
 * field message, named by its field's label, as a link to the field. Filled by {@link FormPost} before it renders.
 */
@Named("errorSummary")
@RequestScoped
public class ErrorSummary {

    /** One line of the summary; {@code target} is the id of the field it links to, or null. */
    public record Item(String target, String text) {
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern DATA_LABEL = Pattern.compile("\\bdata-label=\"([^\"]*)\"");

    private List<Item> items = List.of();

    private String detail;

    public List<Item> getItems() {
        return items;
    }

    /** The refusal's own message where it says more than that fields are not valid ("Nothing was imported …"). */
    public String getDetail() {
        return detail;
    }

    void set(Kept kept, List<Item> items) {
        this.items = List.copyOf(items);
        this.detail = kept.message() == null || kept.message().equals(Texts.msg().detail_invalid_fields()) ? null
                : kept.message();
    }

    /**
     * The lines for {@code kept}'s messages on a page rendered as {@code html}: each links to its field, the one of
     * that name the page marks invalid (tags/field marks only the refused form's), else the first of the field's
     * candidate ids that the page has, and is named by the page's label of it.
     */
    static List<Item> of(Kept kept, String html) {
        List<Item> lines = new ArrayList<>();
        for (FieldError e : kept.problems()) {
            String target = invalid(html, e.field());
            for (String id : target != null ? List.<String>of() : candidates(kept, e.field())) {
                if (html.contains(" id=\"" + id + "\"")) {
                    target = id;
                    break;
                }
            }
            String label = target == null ? null : label(html, target);
            // A field the page has no input for is named only when it is a name for people ("Line 3, value").
            String name = label != null ? label : e.field().matches("[A-Za-z][\\w.\\[\\]-]*|") ? null : e.field();
            lines.add(new Item(target, name == null ? e.message() : name + ": " + e.message()));
        }
        return lines;
    }

    /**
     * The name of the field {@code id} for people: its {@code data-label} (a name that says which KPI or objective,
     * where the label beside it is short), else the text of its label, else null.
     */
    private static String label(String html, String id) {
        Matcher field = Pattern.compile("<(?:input|select|textarea)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        if (field.find()) {
            Matcher named = DATA_LABEL.matcher(field.group());
            if (named.find()) {
                return Html.unescape(named.group(1));
            }
        }
        Matcher m = Pattern.compile("<label[^>]*\\bfor=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</label>",
                Pattern.DOTALL).matcher(html);
        if (!m.find()) {
            return null;
        }
        String text = TAG.matcher(m.group(1)).replaceAll("").replaceAll("\\s+", " ").trim();
        text = text.endsWith(":") || text.endsWith("：") ? text.substring(0, text.length() - 1) : text;
        return text.isEmpty() ? null : Html.unescape(text);
    }

    /**
     * The id of the field named {@code field} (or, for a position such as {@code presidents[2]}, the field it is a
     * position of) that the page marks invalid, or null.
     */
    private static String invalid(String html, String field) {
        int position = field.indexOf('[');
        String name = Pattern.quote(position > 0 ? field.substring(0, position) : field);
        Matcher m = Pattern.compile("<(?:input|select|textarea)\\b[^>]*\\bname=\"" + name
                + "\"[^>]*\\baria-invalid=\"true\"[^>]*>").matcher(html);
        if (!m.find()) {
            return null;
        }
        Matcher id = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(m.group());
        return id.find() ? id.group(1) : null;
    }

    /** Where a field of the form {@code key} may be: its name with the key's id, with a form prefix, or as is. */
    private static List<String> candidates(Kept kept, String field) {
        List<String> ids = new ArrayList<>();
        String key = kept.key() == null ? "" : kept.key();
        int dash = key.indexOf('-');
        if (dash > 0) {
            String rest = key.substring(dash + 1);
            String last = key.substring(key.lastIndexOf('-') + 1);
            ids.add(field + "-" + rest);
            ids.add(field + "-" + last);
        }
        ids.add(field);
        if (!key.isEmpty()) {
            ids.add(key.charAt(0) + field);
        }
        return ids;
    }

    /** Undoes the page's escaping of a label's text: the summary template escapes it again. */
    static final class Html {
        private Html() {
        }

        static String unescape(String s) {
            return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&");
        }
    }
}
