package com.termboard.user;

import com.termboard.session.CurrentUser;
import com.termboard.system.TermboardConfig;
import com.termboard.web.forms.FormPost;
import com.termboard.web.forms.FormReader;
import com.termboard.web.forms.FormState;
import com.termboard.web.forms.Kept;
import com.termboard.web.i18n.LanguageResource;
import com.termboard.web.i18n.Locales;
import com.termboard.web.i18n.Texts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** {@code /me}: the user's own preferences: language, e-mail address, e-mail notifications and the digest. */
@Path("/me")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PreferencesResource {

    /** The form: what the user has, or what they sent when it was refused. */
    public record Page(Preferences saved, FormState form, boolean refused, boolean emailOn, List<Locale> languages) {

        public String value(String field, Object stored) {
            return refused ? form.value(field) : stored == null ? "" : stored.toString();
        }

        public boolean checked(String field, boolean stored) {
            return refused ? "on".equals(form.value(field)) : stored;
        }

        public String languageName(Locale locale) {
            return Locales.CHINESE.equals(locale) ? Texts.msg().lang_zh() : Texts.msg().lang_en();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Page page);
    }

    @Inject
    CurrentUser me;

    @Inject
    PreferencesService preferences;

    @Inject
    TermboardConfig config;

    @GET
    public Response page() {
        return FormPost.show("/me", this::render);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> form) {
        FormReader r = new FormReader(form);
        Locale chosen = Locales.supported(r.text("language"));
        Locale after = chosen != null ? chosen : Texts.current();
        boolean[] saved = {false};
        Response answer = FormPost.attempt(form, () -> {
            preferences.save(me.user(), new Preferences(r.text("language"), r.text("email"),
                    r.checked("emailNotifications"), r.checked("digest")));
            saved[0] = true;
        }, "/me", "prefs", Texts.of(UserMessages.class, after).prefs_saved(), this::render);
        // Saved: the pages speak the chosen language from the next one on, as the e-mails do.
        return saved[0] ? Response.fromResponse(answer).cookie(LanguageResource.cookie(chosen)).build() : answer;
    }

    private String render(Kept kept) {
        return Templates.page(new Page(Preferences.of(me.user()), kept.form(), kept.refused(),
                config.notifications().email(), Locales.SUPPORTED)).render();
    }
}
