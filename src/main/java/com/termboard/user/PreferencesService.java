package com.termboard.user;

import com.termboard.audit.AuditLog;
import com.termboard.web.forms.Validation;
import com.termboard.web.i18n.Locales;
import com.termboard.web.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;

/** Stores a user's own preferences after checking every field; the language alone for the header's switcher. */
@ApplicationScoped
@Transactional
public class PreferencesService {

    @Inject
    AuditLog audit;

    public User save(User user, Preferences in) {
        UserMessages text = Texts.of(UserMessages.class);
        Validation v = new Validation();
        v.require(in.language() != null && !in.language().isBlank(), "language", Texts.msg().required());
        v.require(in.language() == null || in.language().isBlank() || Locales.supported(in.language()) != null,
                "language", text.language_rule());
        UserService.email(in.email(), "email", v);
        v.require(in.emailNotifications() != null, "emailNotifications", Texts.msg().required());
        v.require(in.digest() != null, "digest", Texts.msg().required());
        v.check();
        User u = User.findById(user.id);
        Preferences before = Preferences.of(u);
        u.language = Locales.supported(in.language()).toLanguageTag();
        u.email = UserService.address(in.email());
        u.emailNotifications = in.emailNotifications();
        u.digest = in.digest();
        audit.record("UPDATE", "User", u.id, before, Preferences.of(u));
        return u;
    }

    /** Stores the language alone (the header's switcher, through {@link LanguageMemory}). */
    public void language(User user, Locale locale) {
        String tag = locale.toLanguageTag();
        if (!tag.equals(user.language)) {
            User.update("language = ?1 WHERE id = ?2", tag, user.id);
        }
    }
}
