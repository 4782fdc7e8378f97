package com.termboard.web.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Message bundles in the language of the current request, for texts built in Java (errors, flash messages, CSV
 * headers); outside a request (start-up, demo load) the default language.
 */
public final class Texts {

    private static final Map<Class<?>, Map<Locale, Object>> BUNDLES = new ConcurrentHashMap<>();
    private static volatile ArcContainer bundlesOf;

    private Texts() {
    }

    /** The shared bundle ({@code msg:}). */
    public static Messages msg() {
        return of(Messages.class);
    }

    public static <T> T of(Class<T> bundle) {
        return of(bundle, current());
    }

    public static <T> T of(Class<T> bundle, Locale locale) {
        // Bundles are application-wide beans: looked up once per bundle and language (and container), not on every
        // text.
        ArcContainer container = Arc.container();
        if (container != bundlesOf) {
            BUNDLES.clear();
            bundlesOf = container;
        }
        return bundle.cast(BUNDLES.computeIfAbsent(bundle, b -> new ConcurrentHashMap<>())
                .computeIfAbsent(locale, l -> MessageBundles.get(bundle, Localized.Literal.of(l.toLanguageTag()))));
    }

    /** The language of a request seen before JAX-RS (Vert.x handlers), where no request scope may be active. */
    public static Locale of(HttpServerRequest request) {
        Cookie cookie = request.getCookie(Locales.COOKIE);
        return Locales.resolve(cookie == null ? null : cookie.getValue(), request.getHeader("Accept-Language"));
    }

    /** The language of the current HTTP request; the default one outside of one (start-up, a service in a test). */
    public static Locale current() {
        ManagedContext context = Arc.container().requestContext();
        if (context.isActive() && Arc.container().instance(CurrentVertxRequest.class).get().getCurrent() != null) {
            return Arc.container().instance(RequestLocale.class).get().locale();
        }
        return Locales.DEFAULT;
    }
}
