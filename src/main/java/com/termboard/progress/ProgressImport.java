package com.termboard.progress;

import com.termboard.web.forms.FieldError;
import com.termboard.web.i18n.Texts;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a progress CSV ({@code metric,asOf,value,comment,confidence} with that header; comment and confidence
 * optional) into drafts, naming every problem by its line; the caller stores all rows or none. A row with neither
 * value, comment nor confidence is a template row left blank and is skipped.
 */
final class ProgressImport {

    static final int MAX_ROWS = 5000;
    static final List<String> COLUMNS = List.of("metric", "asOf", "value", "comment", "confidence");

    /** The rows that could be read and the problems of those that could not. */
    record Parsed(List<ProgressService.Draft> drafts, List<FieldError> errors) {
    }

    private ProgressImport() {
    }

    /**
     * {@code kpiByMetric} maps a metric code (upper case) to the term's KPI on it; {@code ambiguous} holds codes used
     * by several KPIs of the term, which a CSV row cannot tell apart.
     */
    static Parsed parse(Reader in, Map<String, Long> kpiByMetric, Set<String> ambiguous) {
        List<ProgressService.Draft> drafts = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        ProgressMessages t = Texts.of(ProgressMessages.class);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            List<String> missing = COLUMNS.subList(0, 3).stream()
                    .filter(c -> !header.contains(c.toLowerCase(Locale.ROOT))).toList();
            if (!missing.isEmpty() || header.size() > header.stream().filter(h -> COLUMNS.stream()
                    .anyMatch(c -> c.equalsIgnoreCase(h))).count()) {
                errors.add(new FieldError(t.import_line(1), t.import_bad_header()));
                return new Parsed(drafts, errors);
            }
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > MAX_ROWS) {
                    errors.add(new FieldError(t.import_file(), t.import_too_many(MAX_ROWS)));
                    break;
                }
                row(record, kpiByMetric, ambiguous, drafts, errors);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(new FieldError(t.import_file(), t.import_unreadable(String.valueOf(e.getMessage()))));
        }
        if (drafts.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError(t.import_file(), t.import_no_rows()));
        }
        return new Parsed(drafts, errors);
    }

    private static void row(CSVRecord record, Map<String, Long> kpiByMetric, Set<String> ambiguous,
            List<ProgressService.Draft> drafts, List<FieldError> errors) {
        ProgressMessages t = Texts.of(ProgressMessages.class);
        int before = errors.size();
        if (get(record, "value").isEmpty() && get(record, "comment").isEmpty()
                && get(record, "confidence").isEmpty()) {
            return;
        }
        String metric = get(record, "metric").toUpperCase(Locale.ROOT);
        // A line is named with its metric too, so that a message says which KPI it is about.
        long number = record.getRecordNumber() + 1;
        String line = metric.isEmpty() || metric.length() > 40 ? t.import_line(number)
                : t.import_line_metric(number, metric);
        Long kpi = kpiByMetric.get(metric);
        if (metric.isEmpty()) {
            errors.add(new FieldError(line + ", metric", Texts.msg().required()));
        } else if (ambiguous.contains(metric)) {
            errors.add(new FieldError(line + ", metric", t.import_ambiguous(metric)));
        } else if (kpi == null) {
            errors.add(new FieldError(line + ", metric", t.import_unknown_metric(metric)));
        }
        LocalDate asOf = null;
        try {
            asOf = LocalDate.parse(get(record, "asOf"));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(line + ", asOf", t.not_a_date()));
        }
        BigDecimal value = null;
        try {
            value = new BigDecimal(get(record, "value"));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(line + ", value", t.not_a_number()));
        }
        Integer confidence = null;
        String level = get(record, "confidence");
        if (!level.isEmpty()) {
            try {
                confidence = Integer.valueOf(level);
            } catch (NumberFormatException e) {
                errors.add(new FieldError(line + ", confidence", Texts.msg().between(1, 5)));
            }
        }
        if (errors.size() == before) {
            String comment = get(record, "comment");
            drafts.add(new ProgressService.Draft(kpi, new NewProgress(asOf, value, comment, confidence, null),
                    f -> line + ", " + f));
        }
    }

    private static String get(CSVRecord record, String column) {
        for (String name : record.getParser().getHeaderNames()) {
            if (name.equalsIgnoreCase(column)) {
                return record.isSet(name) ? record.get(name) : "";
            }
        }
        return "";
    }
}
