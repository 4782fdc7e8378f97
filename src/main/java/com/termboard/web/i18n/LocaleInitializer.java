package com.termboard.web.i18n;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Renders every template in the language of the request, so that {@code msg:} and the formats follow it. */
@ApplicationScoped
public class LocaleInitializer implements TemplateInstance.Initializer {

    void register(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        instance.setLocale(Texts.current());
    }
}
