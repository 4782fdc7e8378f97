package com.termboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.termboard.security.Caller.Who;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every route of the application × every kind of user answers as {@link AccessTable} expects; the routes come
 * from the compiled resources, so a new route without an entry fails here.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private World world;
    private Caller caller;

    @Test
    void everyRouteHasAnEntryAndEveryEntryARoute() {
        TreeSet<String> routes = new TreeSet<>(Routes.all().stream().map(Routes.Route::key).toList());
        TreeSet<String> missing = new TreeSet<>(routes);
        missing.removeAll(AccessTable.EXPECTED.keySet());
        TreeSet<String> stale = new TreeSet<>(AccessTable.EXPECTED.keySet());
        stale.removeAll(routes);
        assertEquals(List.of(), List.copyOf(missing), "routes without an access entry");
        assertEquals(List.of(), List.copyOf(stale), "access entries without a route");
    }

    @TestFactory
    Stream<DynamicNode> matrix() {
        world = new World();
        caller = new Caller(world);
        List<DynamicNode> nodes = new ArrayList<>();
        for (Routes.Route route : Routes.all()) {
            List<String> expected = AccessTable.EXPECTED.get(route.key());
            List<DynamicTest> cells = new ArrayList<>();
            for (Who who : Who.values()) {
                cells.add(DynamicTest.dynamicTest(who.name(), () -> cell(route, who,
                        expected == null ? null : expected.get(who.ordinal()))));
            }
            nodes.add(DynamicContainer.dynamicContainer(route.key(), cells));
        }
        return nodes.stream();
    }

    private void cell(Routes.Route route, Who who, String expected) {
        String path = AccessTable.fill(route, world);
        Response r = caller.send(route, path, who);
        int status = r.statusCode();
        String location = r.header("Location");
        String actual = AccessTable.classify(route, status, location, r.contentType());
        if (System.getProperty("matrix.print") != null) {
            System.out.println("MATRIX " + route.key() + " " + who + " " + status + " " + actual);
        }
        if (status >= 500) {
            throw new AssertionError(route.key() + " as " + who + " answered " + status);
        }
        assertEquals(expected, actual, route.key() + " as " + who + " (status " + status + ", " + path + ")");
    }
}
