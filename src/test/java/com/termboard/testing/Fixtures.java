package com.termboard.testing;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique groups, presidents and terms made through the admin API, so tests never share data. */
public final class Fixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + (System.nanoTime() % 100_000_000L) + SEQ.incrementAndGet();
    }

    /** A new president with the password {@code password1}. */
    public static String president() {
        String name = unique("pres");
        admin().body(Map.of("username", name, "displayName", "President " + name, "password", "password1",
                "roles", List.of("PRESIDENT"))).post("/api/users").then().statusCode(201);
        return name;
    }

    /** A new group with six-month terms; returns its code. */
    public static String group() {
        String code = unique("G");
        admin().body(Map.of("code", code, "name", "Group " + code, "description", "", "termMonths", 6,
                "units", List.of("Unit A"))).post("/api/groups").then().statusCode(201);
        return code;
    }

    /** A new term of {@code president} in a new group starting {@code start}; returns the term id. */
    public static long term(String president, String start) {
        return ((Number) admin().body(Map.of("president", president, "startDate", start))
                .post("/api/groups/" + group() + "/terms").then().statusCode(201).extract().path("id")).longValue();
    }

    public static RequestSpecification admin() {
        return Sessions.basic("admin").contentType("application/json");
    }

    public static RequestSpecification as(String username, String password) {
        return io.restassured.RestAssured.given().auth().preemptive().basic(username, password)
                .contentType("application/json").redirects().follow(false);
    }
}
