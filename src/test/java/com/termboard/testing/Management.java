package com.termboard.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.http.TestHTTPResourceManager;

/** The management interface of the app under test (health, metrics, OpenAPI), on its own port. */
public final class Management {

    private Management() {
    }

    /** {@code path} (such as {@code /q/metrics}) on the management port. */
    public static String url(String path) {
        String root = TestHTTPResourceManager.getManagementUri();
        return root.replaceAll("/q/?$", "").replaceAll("/$", "") + path;
    }

    /** The Prometheus scrape, as Prometheus reads it: no credentials. */
    public static String metrics() {
        return given().get(url("/q/metrics")).then().statusCode(200).extract().asString();
    }
}
