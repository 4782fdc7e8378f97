package com.termboard.web.i18n;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The language of this request, for templates ({@code inject:lang}) and for texts built in Java. */
@Named("lang")
@RequestScoped
public class RequestLocale {

    @Inject
    HttpServerRequest request;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            locale = Texts.of(request);
        }
        return locale;
    }

    /** The language tag for {@code <html lang>}, e.g. "zh-CN". */
    public String tag() {
        return locale().toLanguageTag();
    }

    /** This page's address (path and query), URL-encoded, for the switcher to come back to. */
    public String back() {
        return URLEncoder.encode(request.uri(), StandardCharsets.UTF_8);
    }

    public boolean isChinese() {
        return Locales.CHINESE.equals(locale());
    }
}
