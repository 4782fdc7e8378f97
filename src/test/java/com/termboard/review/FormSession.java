package com.termboard.review;

import static io.restassured.RestAssured.given;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A logged-in form session that also carries the CSRF cookie, for posting forms as a browser does. */
final class FormSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final CookieFilter cookies = new CookieFilter();

    FormSession(String username) {
        given().filter(cookies).redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", "demo")
                .post("/j_security_check").then().statusCode(302);
    }

    RequestSpecification request() {
        return given().filter(cookies).redirects().follow(false);
    }

    /** Opens {@code page} (200, or 422/409 while it shows a refused form) and answers the CSRF token of its forms. */
    String csrf(String page) {
        String html = request().get(page).then().statusCode(org.hamcrest.Matchers.oneOf(200, 409, 422))
                .extract().asString();
        Matcher m = TOKEN.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No CSRF token on " + page);
        }
        return m.group(1);
    }
}
