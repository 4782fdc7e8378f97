package com.termboard.session;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The CSRF token of the current request's session, for templates: {@code {inject:csrf.token}}. */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    /** The form field that carries the token. */
    public static final String FIELD = "csrf-token";
    /** The header that carries it for scripts, JSON and bodiless calls. */
    public static final String HEADER = "X-CSRF-Token";

    @Inject
    HttpServerRequest request;

    @Inject
    CsrfTokens tokens;

    public String getParameterName() {
        return FIELD;
    }

    public String getHeaderName() {
        return HEADER;
    }

    public String getToken() {
        Cookie id = request.getCookie(SessionCookies.SESSION_ID_COOKIE);
        return tokens.tokenOf(id == null ? null : id.getValue());
    }
}
