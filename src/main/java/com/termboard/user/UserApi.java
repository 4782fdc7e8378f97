package com.termboard.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** {@code /api/users}: admins list and create users. */
@Path("/api/users")
@RolesAllowed(Role.ADMIN_)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserApi {

    @Inject
    UserService users;

    @GET
    public List<UserView> list() {
        return User.allByUsername().stream().map(UserView::of).toList();
    }

    @POST
    public Response create(NewUser input) {
        User user = users.create(input == null ? new NewUser(null, null, null, null, null) : input);
        return Response.created(URI.create("/api/users/" + user.id)).entity(UserView.of(user)).build();
    }
}
