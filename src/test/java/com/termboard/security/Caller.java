package com.termboard.security;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;

/** Sends one route's request as one kind of user, in a logged-in session (with its CSRF token). */
final class Caller {

    /** The seven kinds of caller of the access matrix, in the column order of its table. */
    enum Who { ANONYMOUS, ADMIN, EXECUTIVE, PRESIDENT, OTHER_PRESIDENT, REVIEWER, OTHER_REVIEWER }

    private final World world;
    private final java.util.Map<Who, World.Browser> browsers = new java.util.EnumMap<>(Who.class);

    Caller(World world) {
        this.world = world;
    }

    String username(Who who) {
        return switch (who) {
            case ANONYMOUS -> null;
            case ADMIN -> "admin";
            case EXECUTIVE -> "exec";
            case PRESIDENT -> world.president;
            case OTHER_PRESIDENT -> world.otherPresident;
            case REVIEWER -> world.reviewer;
            case OTHER_REVIEWER -> world.otherReviewer;
        };
    }

    String password(Who who) {
        return who == Who.ADMIN || who == Who.EXECUTIVE ? "demo" : World.PASSWORD;
    }

    /** Sends {@code route} to {@code path} (parameters filled) with an empty body, as {@code who}. */
    Response send(Routes.Route route, String path, Who who) {
        // One login per kind of user, reused: HTTP Basic would check a bcrypt hash on every one of the cells.
        // Logging out clears the session cookie, so it gets a session of its own.
        World.Browser b = who == Who.ANONYMOUS ? null : route.path().equals("/logout")
                ? World.browser(username(who), password(who))
                : browsers.computeIfAbsent(who, w -> World.browser(username(w), password(w)));
        RequestSpecification req = b == null ? given().redirects().follow(false) : b.req();
        if (route.api()) {
            if (route.changesState() && !route.verb().equals("DELETE")) {
                req = req.contentType("application/json").body("{}");
            }
            if (route.changesState() && b != null) {
                req = req.header("X-CSRF-Token", b.csrf());
            }
        } else if (route.changesState()) {
            String token = b == null ? "none" : b.csrf();
            req = multipart(route) ? req.multiPart("csrf-token", token) : req.formParam("csrf-token", token);
        }
        return req.request(route.verb(), path);
    }

    private static boolean multipart(Routes.Route route) {
        Consumes c = route.method().getAnnotation(Consumes.class);
        return c != null && Arrays.asList(c.value()).contains(MediaType.MULTIPART_FORM_DATA);
    }
}
