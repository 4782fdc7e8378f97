package com.termboard.session;

import com.termboard.user.Role;
import com.termboard.user.User;
import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The logged-in user of this request, for resources and for the layout ({@code inject:me}). */
@Named("me")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    private User user;

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public String username() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** The user's id, known with the identity of a page request without reading the user; else from the user. */
    public long id() {
        Long known = identity.getAttribute(SessionIdentities.USER_ID);
        return known != null ? known : user().id;
    }

    /** The user entity; only call this where the request is authenticated. */
    public User user() {
        if (user == null) {
            Long id = identity.getAttribute(SessionIdentities.USER_ID);
            Optional<User> found = id != null ? User.findByIdOptional(id) : User.byUsername(username());
            user = found.orElseThrow(() -> ApiError.forbidden(Texts.msg().detail_unknown_user()));
        }
        return user;
    }

    /** The name the layout shows: read with the identity of a logged-in page request, else from the user. */
    public String displayName() {
        if (!isLoggedIn()) {
            return "";
        }
        String known = identity.getAttribute(SessionIdentities.DISPLAY_NAME);
        return known != null ? known : user().displayName;
    }

    public boolean has(Role role) {
        return identity.hasRole(role.name());
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean isExecutive() {
        return has(Role.EXECUTIVE);
    }

    public boolean isPresident() {
        return has(Role.PRESIDENT);
    }

    public boolean isReviewer() {
        return has(Role.REVIEWER);
    }

    /** Executives and admins read every report. */
    public boolean readsReports() {
        return isAdmin() || isExecutive();
    }
}
