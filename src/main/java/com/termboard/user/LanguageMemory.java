package com.termboard.user;

import com.termboard.session.CurrentUser;
import com.termboard.web.i18n.LanguageResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** The header's language switcher also sets the language of a logged-in user's e-mails. */
@ApplicationScoped
public class LanguageMemory {

    @Inject
    CurrentUser me;

    @Inject
    PreferencesService preferences;

    void remember(@Observes LanguageResource.Chosen chosen) {
        if (me.isLoggedIn()) {
            preferences.language(me.user(), chosen.locale());
        }
    }
}
