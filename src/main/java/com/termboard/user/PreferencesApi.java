package com.termboard.user;

import com.termboard.session.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET}, {@code PUT /api/me/preferences}: the caller's {@link Preferences}; PUT answers them as stored. */
@Path("/api/me/preferences")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreferencesApi {

    @Inject
    CurrentUser me;

    @Inject
    PreferencesService preferences;

    @GET
    public Preferences get() {
        return Preferences.of(me.user());
    }

    @PUT
    public Preferences put(Preferences input) {
        return Preferences.of(preferences.save(me.user(), input == null ? new Preferences(null, null, null, null)
                : input));
    }
}
