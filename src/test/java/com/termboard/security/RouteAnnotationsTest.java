package com.termboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Deny by default: every route carries a security annotation (on the method or its class), and the
 * application refuses any endpoint that lacks one ({@code quarkus.security.jaxrs.deny-unannotated-endpoints}).
 */
class RouteAnnotationsTest {

    @Test
    void everyRouteDeclaresWhoMayCallIt() {
        List<Routes.Route> routes = Routes.all();
        assertTrue(routes.size() > 50, "route scan found only " + routes.size());
        List<String> bare = routes.stream()
                .filter(r -> !secured(r.method()) && !secured(r.method().getDeclaringClass()))
                .map(Routes.Route::key).toList();
        assertEquals(List.of(), bare, "routes without @RolesAllowed/@PermitAll/@Authenticated/@DenyAll");
    }

    @Test
    void unannotatedEndpointsAreDeniedByConfiguration() throws IOException {
        Properties props = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            props.load(in);
        }
        assertEquals("true", props.getProperty("quarkus.security.jaxrs.deny-unannotated-endpoints"));
        assertEquals("true", props.getProperty("quarkus.http.auth.proactive"));
    }

    @Test
    void permitAllIsOnlyOnTheLoginPagesAndTheLanguageSwitcher() {
        List<String> open = Routes.all().stream()
                .filter(r -> r.method().isAnnotationPresent(PermitAll.class)
                        || (!r.method().isAnnotationPresent(RolesAllowed.class)
                                && !r.method().isAnnotationPresent(io.quarkus.security.Authenticated.class)
                                && r.method().getDeclaringClass().isAnnotationPresent(PermitAll.class)))
                .map(Routes.Route::key).toList();
        assertEquals(List.of("GET /lang/{tag}", "GET /login", "GET /login/failed", "GET /logout", "POST /logout"),
                open.stream().sorted().toList());
    }

    private static boolean secured(AnnotatedElement e) {
        return e.isAnnotationPresent(RolesAllowed.class) || e.isAnnotationPresent(PermitAll.class)
                || e.isAnnotationPresent(Authenticated.class) || e.isAnnotationPresent(DenyAll.class);
    }
}
