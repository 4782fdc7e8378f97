package com.termboard.web.render;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.termboard.web.i18n.Texts;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bodies of the scorecard, the group history and the comparison (without the layout, the user or any form),
 * rendered once for each distinct model and language and kept: measured with their kept models, they make those
 * pages 1.6 to 3.9 times faster, the dashboard only 1.4 times, so it renders afresh (docs/performance.md). A part's template gets nothing but its model, and a model is a value, a
 * record compared by what it holds ({@link ValueTypes}, checked once per class). So the same model renders the same
 * text, and a part read again is the kept text of an equal model, whatever changed in between: a changed number or
 * name is a different model. The model is still read on every request; what is kept is only the rendering, which
 * was the larger half of a long report's CPU.
 */
@ApplicationScoped
public class RenderedParts {

    private record Key(String part, Locale locale, Object model) {
    }

    /**
     * The most kept, in bytes (0 keeps nothing, for measuring what keeping gives): a part counts its text at up to two
     * bytes a character, its model at about the text's length, and its UTF-8 bytes.
     */
    @ConfigProperty(name = "termboard.rendered-parts.max-bytes", defaultValue = "24000000")
    long maxBytes;

    private Cache<Key, Part> kept;

    private final Set<Class<?>> checked = ConcurrentHashMap.newKeySet();

    @Inject
    MeterRegistry registry;

    @PostConstruct
    void build() {
        kept = Caffeine.newBuilder().maximumWeight(maxBytes)
                .<Key, Part>weigher((key, part) -> 3 * part.text().length() + part.utf8().length).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, kept, "rendered-parts");
    }

    /**
     * Part {@code part} for {@code model} in the request's language: the kept one, else {@code template.apply(model)}
     * rendered. {@code template} must build its instance from the model alone. A page inserts it with
     * {@code {part.raw}} and is rendered with {@link Page#render}, which writes the part's kept bytes.
     */
    public <M extends Record> Part render(String part, M model, Function<M, TemplateInstance> template) {
        if (!checked.contains(model.getClass())) {
            ValueTypes.check(model.getClass());
            checked.add(model.getClass());
        }
        return kept.get(new Key(part, Texts.current(), model), key -> new Part(template.apply(model).render()));
    }

    /** Forgets every kept part (tests that compare a kept rendering with a fresh one). */
    public void forgetAll() {
        kept.invalidateAll();
    }
}
