package com.termboard.web.i18n;

import com.termboard.web.errors.ApiError;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The header's language switcher: remembers the choice in a cookie and, for a logged-in user, as the language of
 * their e-mails; then goes back to the page it came from.
 */
@Path("/lang")
@PermitAll
public class LanguageResource {

    /** A language chosen in the switcher; the user feature stores it as a logged-in user's language. */
    public record Chosen(Locale locale) {
    }

    @Inject
    Event<Chosen> chosen;

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    @Path("{tag}")
    public Response choose(@PathParam("tag") String tag, @QueryParam("back") String back) {
        Locale locale = Locales.supported(tag);
        if (locale == null) {
            throw ApiError.notFound(Texts.msg().lang_unknown(tag));
        }
        URI to = URI.create(safeBack(back)); // a bad address is refused before anything is stored
        chosen.fire(new Chosen(locale));
        return Response.seeOther(to).cookie(cookie(locale)).build();
    }

    /** The cookie that makes {@code locale} this browser's language for a year. */
    public static NewCookie cookie(Locale locale) {
        return new NewCookie.Builder(Locales.COOKIE).value(locale.toLanguageTag()).path("/").maxAge(ONE_YEAR)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }

    /**
     * Only a path on this site: "//host", "https://…" or a backslash would make this an open redirect, so they go
     * home. What is no address at all (a space, a bare "%", a NUL) is a bad request, never an error of ours.
     */
    public static String safeBack(String back) {
        if (back == null || back.isEmpty() || !back.startsWith("/") || back.startsWith("//")
                || back.contains("\\")) {
            return "/";
        }
        if (back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw badBack();
        }
        URI uri;
        try {
            uri = new URI(back);
        } catch (URISyntaxException e) {
            throw badBack();
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null) {
            return "/";
        }
        return uri.toASCIIString(); // a name in Chinese in the path is sent percent-encoded
    }

    private static ApiError badBack() {
        return ApiError.badRequest(Texts.msg().detail_bad_back());
    }
}
