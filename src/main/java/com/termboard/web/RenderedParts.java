package com.termboard.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The large parts of report pages (a report's body, without the layout, the user or any form), rendered once for each
 * distinct model and language and kept. A part's template gets nothing but its model, and a model is a value, a
 * record compared by what it holds ({@link ValueTypes}, checked once per class). So the same model renders the same
 * text, and a part read again is the kept text of an equal model, whatever changed in between: a changed number or
 * name is a different model. The model is still read on every request; what is kept is only the rendering, which
 * was the larger half of a long report's CPU.
 */
@ApplicationScoped
public class RenderedParts {

    /** The most kept, in characters: a text counts twice, for itself and for its model, which is about as large. */
    private static final long MAX_CHARS = 16_000_000;

    private record Key(String part, Locale locale, Object model) {
    }

    private final Cache<Key, String> kept = Caffeine.newBuilder().maximumWeight(MAX_CHARS)
            .<Key, String>weigher((key, text) -> 2 * text.length()).recordStats().build();

    private final Set<Class<?>> checked = ConcurrentHashMap.newKeySet();

    @Inject
    MeterRegistry registry;

    @PostConstruct
    void monitor() {
        CaffeineCacheMetrics.monitor(registry, kept, "rendered-parts");
    }

    /**
     * The text of part {@code part} for {@code model} in the request's language: the kept one, else
     * {@code template.apply(model)} rendered. {@code template} must build its instance from the model alone.
     */
    public <M extends Record> String render(String part, M model, Function<M, TemplateInstance> template) {
        if (!checked.contains(model.getClass())) {
            ValueTypes.check(model.getClass());
            checked.add(model.getClass());
        }
        return kept.get(new Key(part, Texts.current(), model), key -> template.apply(model).render());
    }

    /** Forgets every kept part (tests that compare a kept rendering with a fresh one). */
    public void forgetAll() {
        kept.invalidateAll();
    }
}
