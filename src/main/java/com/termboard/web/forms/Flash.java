package com.termboard.web.forms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A one-time message carried across a post/redirect/get in a short-lived cookie, so that it works on any
 * instance; the page that shows it clears it.
 */
@Named("flash")
@RequestScoped
public class Flash {

    static final String COOKIE = "termboard-flash";

    @Inject
    HttpHeaders headers;

    private boolean read;

    boolean wasRead() {
        return read;
    }

    /** The message to show on this page, or null. */
    public String message() {
        Cookie cookie = headers.getCookies().get(COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return null;
        }
        read = true;
        return URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
    }

    /** A 303 to {@code location} that shows {@code message} there. */
    public static Response redirect(String location, String message) {
        NewCookie cookie = new NewCookie.Builder(COOKIE)
                .value(URLEncoder.encode(message, StandardCharsets.UTF_8))
                .path("/").maxAge(60).httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create(location)).cookie(cookie).build();
    }

    static NewCookie cleared() {
        return new NewCookie.Builder(COOKIE).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
