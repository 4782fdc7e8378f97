package com.termboard.web.i18n;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A malformed Accept-Language ("en;q=x") would make the page renderer fail with a 500; such a header says nothing
 * usable, so it is dropped before anything reads it and the page is shown in the default language.
 */
public class LanguageHeader {

    @ServerRequestFilter(preMatching = true)
    public void dropMalformed(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null) {
            return;
        }
        try {
            Locale.LanguageRange.parse(header);
            request.getAcceptableLanguages();
        } catch (RuntimeException malformed) {
            request.getHeaders().remove(HttpHeaders.ACCEPT_LANGUAGE);
        }
    }
}
