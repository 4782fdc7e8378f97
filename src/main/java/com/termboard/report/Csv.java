package com.termboard.report;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV downloads of report numbers: unrounded, one header row, safe to open in a spreadsheet. */
public final class Csv {

    /** The byte order mark every CSV download starts with; the importer skips it (see BomSkipping). */
    public static final String BOM = "\uFEFF";

    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    public Csv(String... header) {
        this.header = List.of(header);
    }

    /** A CSV whose header row is one comma-separated message of a bundle, in the request's language. */
    public static Csv withHeader(String commaSeparated) {
        return new Csv(commaSeparated.split(",", -1));
    }

    public int columns() {
        return header.size();
    }

    public Csv row(Object... cells) {
        rows.add(java.util.Arrays.asList(cells));
        return this;
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalStateException("A row of " + row.size() + " cells under " + header.size()
                            + " columns");
                }
                printer.printRecord(row.stream().map(Csv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A 200 with {@code text/csv; charset=UTF-8} offered for download as {@code filename}. In every language the text
     * starts with a byte order mark, without which Excel reads UTF-8 as the local code page and garbles Chinese names.
     */
    public Response response(String filename) {
        return Response.ok(BOM + text(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"")
                .build();
    }

    /** Numbers in full precision; text that a spreadsheet would run as a formula is quoted with a leading '. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
