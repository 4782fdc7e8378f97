package com.termboard.user;

import com.termboard.session.SessionCookies;
import com.termboard.session.WebSessions;
import com.termboard.system.TermboardConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The login form (Quarkus form authentication posts it to j_security_check) and logout (a POST with its token). */
@Path("/")
@PermitAll
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean locked, long retryMinutes, boolean loggedOut,
                boolean demo);

        static native TemplateInstance logout();
    }

    @Inject
    TermboardConfig config;

    @Inject
    WebSessions sessions;

    @Inject
    SessionCookies cookies;

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("out") boolean out) {
        return Templates.login(false, false, 0, out, config.demo());
    }

    @GET
    @Path("login/failed")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance loginFailed(@QueryParam("locked") boolean locked, @QueryParam("retry") String retry) {
        return Templates.login(!locked, locked, retryMinutes(retry), false, config.demo());
    }

    /** The wait in whole minutes, rounded up, from the seconds the throttle gave; 0 when unknown or not a number. */
    static long retryMinutes(String seconds) {
        if (seconds == null || !seconds.matches("[0-9]{1,9}")) {
            return 0; // anyone can edit the address: say "later" rather than fail
        }
        return (Long.parseLong(seconds) + 59) / 60;
    }

    @POST
    @Path("logout")
    public Response logout(@CookieParam(SessionCookies.SESSION_ID_COOKIE) String session) {
        return loggedOut(session);
    }

    /** A link cannot log out (any site could embed it): it shows the button that posts the logout with its token. */
    @GET
    @Path("logout")
    @Produces(MediaType.TEXT_HTML)
    public Response logoutPage() {
        if (identity.isAnonymous()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        return Response.ok(Templates.logout()).build();
    }

    // Ends the server-side session too: a copy of the cookie must not keep working after logout.
    private Response loggedOut(String session) {
        sessions.end(session);
        return Response.seeOther(URI.create("/login?out=true"))
                .cookie(cleared(sessionCookie), cleared(SessionCookies.SESSION_ID_COOKIE)).build();
    }

    private NewCookie cleared(String name) {
        return new NewCookie.Builder(name).value("").path("/").maxAge(0).httpOnly(true).secure(cookies.secure())
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
