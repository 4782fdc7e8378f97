package com.termboard.user;

import com.termboard.audit.AuditLog;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.Validation;
import com.termboard.web.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Creates users after checking every field. */
@ApplicationScoped
@Transactional
public class UserService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Set<String> ROLES = Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet());

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public User create(NewUser input) {
        UserMessages text = Texts.of(UserMessages.class);
        Validation v = new Validation()
                .text(input.username(), "username", 64)
                .matches(input.username(), USERNAME, "username", text.username_rule())
                .text(input.displayName(), "displayName", 120)
                .text(input.password(), "password", 200)
                .require(input.password() == null || input.password().isBlank() || input.password().length() >= 8,
                        "password", text.password_rule())
                .require(User.fitsBcrypt(input.password()), "password", text.password_too_long());
        List<String> roles = input.roles() == null ? List.of() : input.roles();
        v.require(!roles.isEmpty(), "roles", text.roles_required())
                .require(roles.stream().allMatch(r -> r != null && ROLES.contains(r)), "roles", text.roles_rule());
        email(input.email(), "email", v);
        v.check();
        if (User.byUsername(input.username()).isPresent()) {
            throw ApiError.conflict(text.username_taken(input.username()));
        }
        User user = new User();
        user.username = input.username();
        user.displayName = input.displayName().trim();
        user.setPassword(input.password());
        user.roles.addAll(roles);
        user.email = address(input.email());
        user.createdAt = Instant.now(clock);
        user.persist();
        audit.record("CREATE", "User", user.id, null, UserView.of(user));
        return user;
    }

    /** An admin sets (or, blank, removes) a user's e-mail address. */
    public User setEmail(String username, String email) {
        User user = User.byUsername(username)
                .orElseThrow(() -> ApiError.notFound(Texts.of(UserMessages.class).no_user(username)));
        Validation v = new Validation();
        email(email, "email", v);
        v.check();
        String before = user.email;
        user.email = address(email);
        audit.record("UPDATE", "User", user.id, Collections.singletonMap("email", before),
                Collections.singletonMap("email", user.email));
        return user;
    }

    /** Checks an optional e-mail address: at most 254 characters, one {@code @}, a dot in the domain, no spaces. */
    public static void email(String email, String field, Validation v) {
        v.optionalText(email, field, 254).matches(email == null ? null : email.trim(), EMAIL, field,
                Texts.of(UserMessages.class).email_rule());
    }

    /** The address as stored: trimmed, null when blank. */
    public static String address(String email) {
        return email == null || email.isBlank() ? null : email.trim();
    }
}
