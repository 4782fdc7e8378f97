package com.termboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every form and API body refuses invalid values (API 400 problem+json, pages 422 with the message beside the
 * field), never answers 500, and leaves every table exactly as it was, audit log included.
 */
@QuarkusTest
class BadInputTest {

    @Inject
    AgroalDataSource dataSource;

    private DbState db;
    private Map<String, String> state;

    @TestFactory
    Stream<DynamicTest> everyBadValueIsRefusedAndChangesNothing() {
        db = new DbState(dataSource);
        BadInputs inputs = new BadInputs();
        BadInputWorld world = new BadInputWorld(new AuditActions(new World()));
        new BadApiCases(world, inputs).addAll();
        new BadFormCases(world, inputs).addAll();
        assertTrue(inputs.cases.size() > 300, "only " + inputs.cases.size() + " cases");
        return inputs.cases.stream().map(c -> DynamicTest.dynamicTest(c.label(), () -> check(c)));
    }

    private void check(BadInputs.Case c) {
        if (state == null) {
            state = db.snapshot();
        }
        Response r = c.send().get();
        int status = r.statusCode();
        String body = r.asString();
        Map<String, String> after = db.snapshot();
        Map<String, String> before = state;
        state = after;
        assertTrue(status < 500, c.label() + " answered " + status + ": " + shorten(body));
        assertTrue(c.expected().contains(status), c.label() + " answered " + status + ", expected " + c.expected()
                + ": " + shorten(body));
        assertEquals(before, after, c.label() + " changed the database");
        if (c.page()) {
            assertTrue(body.contains("class=\"field-error\"") || body.contains("role=\"alert\""),
                    c.label() + ": no message on the page");
        } else if (status == 400 && !c.label().startsWith("GET")) {
            assertTrue(r.contentType().startsWith("application/problem+json"), c.label() + ": " + r.contentType());
            String detail = r.path("detail");
            List<?> errors = r.path("errors");
            assertTrue((detail != null && !detail.isBlank()) || (errors != null && !errors.isEmpty()),
                    c.label() + ": no message in " + shorten(body));
        }
    }

    private static String shorten(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
