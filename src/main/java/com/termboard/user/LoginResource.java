package com.termboard.user;

import com.termboard.system.TermboardConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
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

/** The login form (Quarkus form authentication posts it to j_security_check) and logout. */
@Path("/")
@PermitAll
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean loggedOut, boolean demo);
    }

    @Inject
    TermboardConfig config;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("out") boolean out) {
        return Templates.login(false, out, config.demo());
    }

    @GET
    @Path("login/failed")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance loginFailed() {
        return Templates.login(true, false, config.demo());
    }

    @POST
    @Path("logout")
    public Response logout() {
        return loggedOut();
    }

    @GET
    @Path("logout")
    public Response logoutLink() {
        return loggedOut();
    }

    private Response loggedOut() {
        NewCookie cleared = new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/login?out=true")).cookie(cleared).build();
    }
}
