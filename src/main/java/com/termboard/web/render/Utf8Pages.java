package com.termboard.web.render;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.LongAdder;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Writes rendered pages (text) as UTF-8 with {@link String#getBytes}, which copies the bytes of a text without
 * characters beyond Latin-1 at once. The built-in writer hands the text to Netty, which encodes it one character at a
 * time: a quarter of the CPU of a 110 KB report. Both write UTF-8, the charset Quarkus REST names for text. A
 * {@link Page} (a page with kept parts) is already UTF-8 and written as it is.
 *
 * <p>Registered for {@code Object}, not {@code String}: a page method returns a {@code TemplateInstance}, whose
 * writer Quarkus REST picks when it builds the app by walking up from that type to {@code Object}, and only then
 * renders the template into a {@code String}. A writer of {@code String} alone is never among those picked (it was
 * not, until {@code Utf8PagesTest} showed it), so this one says it writes any type and takes only strings and pages.
 */
@Provider
@Produces({ MediaType.TEXT_HTML, MediaType.TEXT_PLAIN, "text/csv" })
public class Utf8Pages implements ServerMessageBodyWriter<Object> {

    private final LongAdder written = new LongAdder();
    private final LongAdder spliced = new LongAdder();

    /** How many texts and pages this writer has written (tests that check it is the one in use). */
    public long written() {
        return written.sum();
    }

    /** How many kept parts the pages written held as their kept bytes (tests that check parts are recognised). */
    public long spliced() {
        return spliced.sum();
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target,
            MediaType mediaType) {
        return type == String.class || type == Page.class;
    }

    @Override
    public void writeResponse(Object text, Type genericType, ServerRequestContext context) {
        context.serverResponse().end(bytes(text));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == String.class || type == Page.class;
    }

    @Override
    public void writeTo(Object text, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(bytes(text));
    }

    private byte[] bytes(Object text) {
        written.increment();
        if (text instanceof Page page) {
            spliced.add(page.spliced());
            return page.utf8();
        }
        return ((String) text).getBytes(StandardCharsets.UTF_8);
    }
}
