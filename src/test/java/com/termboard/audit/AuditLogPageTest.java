package com.termboard.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Sessions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The audit log page: a list of entity types to filter by, pages of 50 that neither repeat nor skip, readable changes. */
@QuarkusTest
class AuditLogPageTest {

    private static final Pattern ROW = Pattern.compile("<tr><td class=\"when\">");
    private static final Pattern OLDER = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"");
    private static final Pattern NEWER = Pattern.compile("href=\"([^\"]+)\" rel=\"prev\"");

    @Inject
    AuditLog audit;

    @Test
    void pagesOfFiftyUnderTheSameFilterNeitherRepeatNorSkip() {
        String a = "Probe" + System.nanoTime();
        String b = "Other" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i <= 60; i++) {
                audit.record("UPDATE", a, (long) i, Map.of("n", i - 1), Map.of("n", i));
            }
            audit.record("CREATE", b, 1L, null, Map.of("title", "B"));
        });
        Sessions.Session admin = Sessions.session("admin", "demo");
        String first = admin.req().get("/admin/audit?entity=" + a).then().statusCode(200)
                .body(containsString("value=\"" + a + "\" checked")).body(containsString("value=\"" + b + "\">"))
                .extract().asString();
        assertEquals(50, count(first));
        assertTrue(first.contains(">" + a + " 60</td>") && first.contains(">" + a + " 11</td>"), first);
        assertTrue(!first.contains(">" + a + " 10</td>") && !NEWER.matcher(first).find(), first);
        String second = admin.req().get(link(OLDER, first)).then().statusCode(200).extract().asString();
        assertEquals(10, count(second));
        assertTrue(second.contains(">" + a + " 10</td>") && second.contains(">" + a + " 1</td>"), second);
        assertTrue(!second.contains(">" + a + " 11</td>") && !OLDER.matcher(second).find(), second);
        // a new entry meanwhile does not move the pages: back from the second page is the same first page
        QuarkusTransaction.requiringNew().run(() -> audit.record("UPDATE", a, 61L, Map.of("n", 60), Map.of("n", 61)));
        String back = admin.req().get(link(NEWER, second)).then().statusCode(200).extract().asString();
        assertEquals(50, count(back));
        assertTrue(back.contains(">" + a + " 60</td>") && back.contains(">" + a + " 11</td>")
                && !back.contains(">" + a + " 61</td>"), back);
        // two types chosen: both listed, newest first
        String both = admin.req().get("/admin/audit?entity=" + a + "&entity=" + b).then().statusCode(200)
                .extract().asString();
        assertTrue(both.indexOf(">" + b + " 1</td>") < both.indexOf(">" + a + " 60</td>"), both);
        assertTrue(both.contains(">" + a + " 61</td>"), both);
    }

    @Test
    void beforeAndAfterReadAsChangedFieldsEscaped() {
        String type = "Readable" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> audit.record("UPDATE", type, 5L,
                Map.of("title", "Old <b>", "weight", 40), Map.of("title", "New", "weight", 40)));
        Sessions.session("admin", "demo").req().get("/admin/audit?entity=" + type + "&id=5").then().statusCode(200)
                .body(containsString("<span class=\"field-name\">title</span>: <del>Old &lt;b&gt;</del> → "
                        + "<ins>New</ins>"))
                .body(not(containsString("field-name\">weight")))
                .body(not(containsString("&quot;title&quot;")));
    }

    @Test
    void theApiTakesSeveralTypesRepeatedOrCommaSeparated() {
        String a = "ApiA" + System.nanoTime();
        String b = "ApiB" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            audit.record("CREATE", a, 1L, null, Map.of("x", 1));
            audit.record("CREATE", b, 2L, null, Map.of("x", 2));
        });
        for (String query : List.of("entity=" + a + "&entity=" + b, "entity=" + a + "," + b)) {
            Sessions.basic("admin").get("/api/audit?" + query).then().statusCode(200)
                    .body("$", hasSize(2)).body("entity", everyItem(isOneOf(a, b)))
                    .body("[0].entity", equalTo(b));
        }
        Sessions.basic("admin").get("/api/audit?entity=" + a).then().statusCode(200).body("$", hasSize(1))
                .body("[0].after", equalTo("{\"x\": 1}"));
        Sessions.basic("exec").get("/api/audit?entity=" + a).then().statusCode(403);
        Sessions.demo("lqiao").get("/admin/audit?entity=" + a).then().statusCode(403);
    }

    private static int count(String html) {
        Matcher m = ROW.matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String link(Pattern which, String html) {
        Matcher m = which.matcher(html);
        assertTrue(m.find(), html);
        return m.group(1).replace("&amp;", "&");
    }
}
