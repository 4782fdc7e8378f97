package com.termboard.testing;

import static io.restassured.RestAssured.given;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;

/** Logs in through the real login form and keeps the session cookie, as a browser would. */
public final class Sessions {

    private Sessions() {
    }

    /** A request specification carrying the session of {@code username} after a form login. */
    public static RequestSpecification loggedIn(String username, String password) {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check")
                .then().statusCode(302);
        return given().filter(cookies).redirects().follow(false);
    }

    public static RequestSpecification demo(String username) {
        return loggedIn(username, "demo");
    }

    /** HTTP Basic for the API, as outside tools use it. */
    public static RequestSpecification basic(String username) {
        return given().auth().preemptive().basic(username, "demo").redirects().follow(false);
    }
}
