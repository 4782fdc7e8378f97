package com.termboard.testing;

import static io.restassured.RestAssured.given;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;

/** Logs in through the real login form and keeps the session cookie, as a browser would. */
public final class Sessions {

    private Sessions() {
    }

    /**
     * A browser-like session: every {@link #req()} is a fresh request carrying the same cookies; {@link #token()}
     * is its CSRF token, the same on every page of the session, read from a page when first needed.
     */
    public static final class Session {
        private final CookieFilter cookies;
        private volatile String token;

        Session(CookieFilter cookies) {
            this.cookies = cookies;
        }

        public RequestSpecification req() {
            return given().filter(cookies).redirects().follow(false);
        }

        /** A form POST to {@code path} with the CSRF token read from {@code page}. */
        public RequestSpecification form(String page) {
            return req().formParam("csrf-token", csrf(req(), page));
        }

        /** A request as a page's script sends it: the session's CSRF token in the X-CSRF-Token header. */
        public RequestSpecification script() {
            return req().header("X-CSRF-Token", token());
        }

        public String token() {
            if (token == null) {
                token = csrf(req(), "/");
            }
            return token;
        }
    }

    public static Session session(String username, String password) {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check")
                .then().statusCode(302);
        return new Session(cookies);
    }

    /** A session whose token is already read, for requests raced against each other: none of them reads a page. */
    public static Session scripted(String username, String password) {
        Session session = session(username, password);
        session.token();
        return session;
    }

    /** A request specification carrying the session of {@code username} after a form login. */
    public static RequestSpecification loggedIn(String username, String password) {
        return session(username, password).req();
    }

    /** The CSRF token of the form on {@code page}, read from the page as a browser would. */
    public static String csrf(RequestSpecification session, String page) {
        // 422 or 409: the page shows a refused form again (post/redirect/get), with the same token
        String html = session.get(page).then().statusCode(org.hamcrest.Matchers.oneOf(200, 409, 422))
                .extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + page);
        }
        return m.group(1);
    }

    public static RequestSpecification demo(String username) {
        return loggedIn(username, "demo");
    }

    /** HTTP Basic for the API, as outside tools use it. */
    public static RequestSpecification basic(String username) {
        return given().auth().preemptive().basic(username, "demo").redirects().follow(false);
    }
}
